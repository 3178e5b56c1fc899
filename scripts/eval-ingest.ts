// `npm run eval:ingest`: ingests each page of the development set (../shared/web-articles/,
// beside the project) into a scratch folder and scores it against expected.json: published,
// headline, region, first and last words kept, no clutter, no byline in the body, ≥ 1 measure.
// The pages are third-party text: read here at run time, never copied into the repository.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentDir } from '../src/integrations/paths.ts';
import { buildGazetteer } from '../src/ingest/extract/gazetteer.ts';
import { criteria, scorePage, totals, type ExpectedArticle, type IngestedCase } from '../src/ingest/eval/score.ts';
import { ingestSource } from '../src/ingest/pipeline.ts';
import { renderReport } from '../src/ingest/report.ts';
import { renderReview } from '../src/ingest/review/render.ts';
import { loadTaxonomy } from '../src/content-model/taxonomy.ts';
import { readFunctionalAreas, readRegions } from './lib/ingest-files.ts';
import { findWebArticles, missingWebArticles, readWebArticle } from './lib/web-articles.ts';

const pagesDir = findWebArticles();
if (!pagesDir) {
  console.log(`eval:ingest: ${missingWebArticles} Nothing to evaluate.`);
  process.exit(0);
}
const expectedFile = path.join(pagesDir, 'expected.json');

const expected = (JSON.parse(readFileSync(expectedFile, 'utf8')) as { articles: ExpectedArticle[] }).articles;
const scratch = path.join(os.tmpdir(), 'eval-ingest');
rmSync(scratch, { recursive: true, force: true });
mkdirSync(path.join(scratch, 'cases'), { recursive: true });

const taxonomy = loadTaxonomy(contentDir);
const gazetteer = buildGazetteer(readFunctionalAreas(path.join(contentDir, 'functional-areas.yaml')));
const regions = readRegions(path.join(contentDir, 'regions.yaml'));

const outcomes = expected.map((page) =>
  ingestSource(
    { name: page.file, bytes: readWebArticle(pagesDir, page.file) },
    {},
    { taxonomy, gazetteer, regions, knownId: () => undefined, previousAnchors: () => new Map() },
  ),
);
const scores = expected.map((page, index) => {
  const outcome = outcomes[index];
  const cases: IngestedCase[] = [];
  if (outcome?.ok) {
    for (const article of outcome.articles) {
      if (!article.caseId || !article.mdx) continue;
      writeFileSync(path.join(scratch, 'cases', `${article.caseId}.mdx`), article.mdx);
      cases.push({
        title: article.draft.title,
        kicker: article.draft.kicker,
        subtitle: article.draft.subtitle,
        regionName: article.draft.region?.name ?? null,
        body: article.draft.body.map((block) => block.text),
        measures: article.measures ?? [],
        notices: article.notices.map((notice) => notice.message),
      });
    }
  }
  return scorePage(page, cases);
});
writeFileSync(path.join(scratch, 'ingest-report.md'), renderReport({ outcomes, files: [], errors: [] }));
writeFileSync(path.join(scratch, 'review.html'), renderReview(outcomes));

const mark = (ok: boolean) => (ok ? '✓' : '✗');
const width = Math.max(...expected.map((page) => page.file.length));
console.log(`${'page'.padEnd(width)}  ${criteria.join('  ')}`);
for (const score of scores) {
  const cells = criteria.map((criterion) => mark(score.passed[criterion]).padEnd(criterion.length));
  console.log(`${score.file.padEnd(width)}  ${cells.join('  ')}`);
  for (const [criterion, why] of Object.entries(score.why)) {
    if (criterion !== 'published' && !score.passed.published) continue;
    console.log(`${''.padEnd(width)}    ${criterion}: ${why}`);
  }
}
const sums = totals(scores);
console.log(
  `${'total'.padEnd(width)}  ${criteria.map((criterion) => `${sums[criterion]}/${scores.length}`.padEnd(criterion.length)).join('  ')}`,
);
console.log(`\ncases, report and review.html in ${scratch}`);
