// `npm run eval:tags`: the tagger's precision and recall on the hand-labelled passages
// (src/ingest/__fixtures__/tag-labels.json). `--mistakes` also lists every disagreement.
import { readFileSync } from 'node:fs';
import { evaluateTagger, type LabelledPassage, type Score } from '../src/ingest/tag-eval.ts';
import { loadTaxonomy } from '../src/content-model/taxonomy.ts';
import { contentDir } from '../src/integrations/paths.ts';

const labels = JSON.parse(readFileSync('src/ingest/__fixtures__/tag-labels.json', 'utf8')) as LabelledPassage[];
const taxonomy = loadTaxonomy(contentDir);
const { overall, perMeasure, mistakes } = evaluateTagger(labels, taxonomy);

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
const row = (name: string, s: Score) =>
  `${name.padEnd(34)} ${percent(s.precision)} ${percent(s.recall)}   tp ${s.truePositives} fp ${s.falsePositives} fn ${s.falseNegatives}`;

console.log(`${labels.length} labelled passages, ${taxonomy.length} measures\n`);
console.log(`${'measure'.padEnd(34)} ${'precision'.padStart(7)} ${'recall'.padStart(7)}`);
for (const measure of taxonomy) console.log(row(measure.id, perMeasure.get(measure.id)!));
console.log(`\n${row('OVERALL (micro)', overall)}`);
if (process.argv.includes('--mistakes')) {
  for (const { passage, missing, extra } of mistakes) {
    console.log(`\n[${passage.source}] ${passage.heading ?? ''}\n  ${passage.text.slice(0, 120)}…`);
    if (missing.length) console.log(`  missed: ${missing.join(' ')}`);
    if (extra.length) console.log(`  extra:  ${extra.join(' ')}`);
  }
}
process.exitCode = overall.precision >= 0.85 && overall.recall >= 0.85 ? 0 : 1;
