// The ingest run behind `npm run ingest` (scripts/ingest.ts): every raw text in content/sources/ →
// case files in content/cases/, with content/regions.yaml, the manifest and the report. The stages
// are pure (src/ingest/); this runner only reads and writes files.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { contentDir, projectRoot } from '../../src/integrations/paths.ts';
import { buildGazetteer } from '../../src/ingest/extract/gazetteer.ts';
import { knownIdFor, parseManifest, serializeManifest } from '../../src/ingest/manifest.ts';
import { ingestSource, type SourceOutcome } from '../../src/ingest/pipeline.ts';
import { renderReport, renderRunSummary } from '../../src/ingest/report.ts';
import { renderReview } from '../../src/ingest/review/render.ts';
import { planWrites } from '../../src/ingest/writes.ts';
import { parseSettings, type SourceSettings } from '../../src/ingest/settings.ts';
import { loadTaxonomy } from '../../src/content-model/taxonomy.ts';
import type { Region } from '../../src/content-model/region.ts';
import { sourceNameProblem } from '../../src/content-model/source-name.ts';
import { anchorsIn, listSources, readFunctionalAreas, readRegions, readText, settingsPathFor } from './ingest-files.ts';

const sourcesDir = path.join(contentDir, 'sources');
const casesDir = path.join(contentDir, 'cases');
const regionsFile = path.join(contentDir, 'regions.yaml');
const manifestFile = path.join(contentDir, 'ingest-manifest.json');
const reportFile = path.join(contentDir, 'ingest-report.md');
const outDir = path.resolve(projectRoot, process.env['INGEST_OUT_DIR'] ?? 'ingest-out');

const manifest = parseManifest(readText(manifestFile));
const taxonomy = loadTaxonomy(contentDir);
const gazetteer = buildGazetteer(readFunctionalAreas(path.join(contentDir, 'functional-areas.yaml')));
const existingRegions = readRegions(regionsFile);
let regions: Region[] = [...existingRegions];
const errors: Array<{ source: string; message: string }> = [];
const outcomes: SourceOutcome[] = [];

for (const source of listSources(sourcesDir)) {
  const badName = sourceNameProblem(source);
  if (badName) {
    errors.push({ source, message: `这个来源没有导入。${badName}` });
    continue;
  }
  const settingsFile = settingsPathFor(sourcesDir, source);
  let settings: SourceSettings = {};
  try {
    if (settingsFile)
      settings = parseSettings(readFileSync(settingsFile, 'utf8'), path.relative(projectRoot, settingsFile));
  } catch (error) {
    errors.push({ source, message: `设置文件有误，这个来源没有导入。\n${(error as Error).message}` });
    continue;
  }
  const outcome = ingestSource({ name: source, bytes: readFileSync(path.join(sourcesDir, source)) }, settings, {
    taxonomy,
    gazetteer,
    regions,
    knownId: (name, key) => knownIdFor(manifest, name, key),
    previousAnchors: (caseId) => anchorsIn(readText(path.join(casesDir, `${caseId}.mdx`))),
  });
  if (outcome.ok) {
    for (const article of outcome.articles) {
      if (article.region && !regions.some((region) => region.id === article.region?.id))
        regions = [...regions, article.region];
    }
  }
  outcomes.push(outcome);
}

const published = outcomes.flatMap((outcome) =>
  outcome.ok
    ? outcome.articles.flatMap((article) =>
        article.caseId && article.mdx
          ? [{ source: outcome.source, article: article.draft.key, caseId: article.caseId, mdx: article.mdx }]
          : [],
      )
    : [],
);
const plan = planWrites(
  published,
  manifest,
  (caseId) => readText(path.join(casesDir, `${caseId}.mdx`)),
  path.relative(projectRoot, outDir),
);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(casesDir, { recursive: true });
for (const [caseId, mdx] of plan.writes) writeFileSync(path.join(casesDir, `${caseId}.mdx`), mdx);
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'review.html'), renderReview(outcomes));
for (const [caseId, mdx] of plan.candidates) writeFileSync(path.join(outDir, `${caseId}.mdx`), mdx);
const files = plan.files;

const newRegions = regions.filter((region) => !existingRegions.some((existing) => existing.id === region.id));
if (newRegions.length) {
  const existingText = readText(regionsFile) ?? '';
  const separator = existingText === '' || existingText.endsWith('\n') ? '' : '\n';
  writeFileSync(
    regionsFile,
    existingText +
      separator +
      stringify(
        // county is only a town's: other entries keep the shape they always had.
        newRegions.map(({ county, ...entry }) => (county ? { ...entry, county } : entry)),
        { lineWidth: 0 },
      ),
  );
}
writeFileSync(manifestFile, serializeManifest(plan.manifest));
const report = renderReport({ outcomes, files, errors });
writeFileSync(reportFile, report);
console.log(report);
console.log(
  renderRunSummary(
    files,
    newRegions.map((region) => `${region.name}（${region.id}）`),
  ),
);
console.log(
  `报告已写入 ${path.relative(projectRoot, reportFile)}；逐行检查页：${path.relative(projectRoot, path.join(outDir, 'review.html'))}（用浏览器直接打开）`,
);
const failed =
  errors.length +
  outcomes.filter((outcome) => !outcome.ok).length +
  files.filter((file) => file.kind === 'duplicate').length;
if (failed) process.exitCode = 1;
