// `npm run eval:tags`: the tagger's precision and recall on hand-labelled passages — the sample
// sources' passages (src/ingest/__fixtures__/tag-labels.json) and, when the development set is on
// this machine, the web pages' passages labelled by position (web-tag-labels.json, read and
// ingested at run time). `--mistakes` also lists every disagreement.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildGazetteer } from '../src/ingest/extract/gazetteer.ts';
import { ingestSource } from '../src/ingest/pipeline.ts';
import { evaluateTagger, type LabelledPassage, type Score } from '../src/ingest/tag-eval.ts';
import { resolvePositionLabels, type PositionLabels } from '../src/ingest/web-labels.ts';
import { loadTaxonomy } from '../src/content-model/taxonomy.ts';
import { contentDir } from '../src/integrations/paths.ts';
import { readFunctionalAreas } from './lib/ingest-files.ts';
import { findWebArticles, missingWebArticles, readWebArticle } from './lib/web-articles.ts';

const fixtures = 'src/ingest/__fixtures__';
const sampleLabels = JSON.parse(readFileSync(`${fixtures}/tag-labels.json`, 'utf8')) as LabelledPassage[];
const taxonomy = loadTaxonomy(contentDir);

function webLabels(): { passages: LabelledPassage[]; problems: string[] } | null {
  const dir = findWebArticles();
  if (!dir) return null;
  const { labels } = JSON.parse(readFileSync(`${fixtures}/web-tag-labels.json`, 'utf8')) as {
    labels: PositionLabels[];
  };
  const gazetteer = buildGazetteer(readFunctionalAreas(path.join(contentDir, 'functional-areas.yaml')));
  const context = { taxonomy, gazetteer, regions: [], knownId: () => undefined, previousAnchors: () => new Map() };
  return resolvePositionLabels(labels, (file) => {
    const outcome = ingestSource({ name: file, bytes: readWebArticle(dir, file) }, {}, context);
    return outcome.ok ? (outcome.articles.find((article) => article.mdx)?.draft.body ?? null) : null;
  });
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
const row = (name: string, s: Score) =>
  `${name.padEnd(34)} ${percent(s.precision)} ${percent(s.recall)}   tp ${s.truePositives} fp ${s.falsePositives} fn ${s.falseNegatives}`;

function report(title: string, labels: readonly LabelledPassage[]): Score {
  const { overall, perMeasure, mistakes } = evaluateTagger(labels, taxonomy);
  console.log(`\n${title}: ${labels.length} labelled passages, ${taxonomy.length} measures\n`);
  console.log(`${'measure'.padEnd(34)} ${'precision'.padStart(7)} ${'recall'.padStart(7)}`);
  for (const measure of taxonomy) {
    const score = perMeasure.get(measure.id);
    if (score && score.truePositives + score.falsePositives + score.falseNegatives > 0)
      console.log(row(measure.id, score));
  }
  console.log(`\n${row('OVERALL (micro)', overall)}`);
  if (process.argv.includes('--mistakes')) {
    for (const { passage, missing, extra } of mistakes) {
      console.log(`\n[${passage.source}] ${passage.heading ?? ''}\n  ${passage.text.slice(0, 120)}…`);
      if (missing.length) console.log(`  missed: ${missing.join(' ')}`);
      if (extra.length) console.log(`  extra:  ${extra.join(' ')}`);
    }
  }
  return overall;
}

const scores = [report('Sample sources', sampleLabels)];
const web = webLabels();
if (!web) console.log(`\nWeb pages: ${missingWebArticles} Only the sample sources were evaluated.`);
else {
  for (const problem of web.problems) console.log(`⚠ web-tag-labels.json: ${problem}`);
  scores.push(report('Web pages (development set, labelled by position)', web.passages));
  if (web.problems.length) process.exitCode = 1;
}
if (scores.some((score) => score.precision < 0.85 || score.recall < 0.85)) process.exitCode = 1;
