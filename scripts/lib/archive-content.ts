// The archive's content read as the site's collections hold it (src/content.config.ts), but
// without Astro: the same readers and schemas, so the search index can be built from content
// while Astro renders the pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readCaseFiles } from '../../src/content-model/case-file.ts';
import { caseSchema, type CaseData } from '../../src/content-model/case.ts';
import { measureCategorySchema, measureDataSchema, type MeasureData } from '../../src/content-model/measure.ts';
import { parseRegions, type RegionData } from '../../src/content-model/region.ts';
import { loadTaxonomy } from '../../src/content-model/taxonomy.ts';
import { readYaml } from '../../src/content-model/yaml.ts';
import { readLinkState, type LinkState } from '../../src/integrations/link-files.ts';

export interface ArchiveContent {
  cases: Array<{ id: string; data: CaseData; body: string }>;
  regionById: Map<string, RegionData>;
  measures: Array<{ id: string; data: MeasureData }>;
  categoryName: (id: string) => string;
  /** Vanished anchors of each case, by the passage they now lead to (content/LINKS.md). */
  aliases: LinkState['successors']['aliases'];
}

/** Reads `contentDir`; a content mistake throws the message the build would show. */
export function readArchiveContent(contentDir: string): ArchiveContent {
  const casesDir = path.join(contentDir, 'cases');
  const files = readdirSync(casesDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ name, shownAs: name, source: readFileSync(path.join(casesDir, name), 'utf8') }));
  const sourcesDir = path.join(contentDir, 'sources');
  const { cases, problems } = readCaseFiles(
    files,
    existsSync(sourcesDir) ? new Set(readdirSync(sourcesDir)) : undefined,
  );
  if (problems.length > 0) throw new Error(`案例文件有 ${problems.length} 处错误：\n${problems.join('\n')}`);
  const regionsFile = path.join(contentDir, 'regions.yaml');
  const regions = parseRegions(readFileSync(regionsFile, 'utf8'), regionsFile);
  const categoriesFile = path.join(contentDir, 'measure-categories.yaml');
  const categories = readYaml(readFileSync(categoriesFile, 'utf8'), categoriesFile).value as Array<{ id: string }>;
  const categoryNames = new Map(categories.map((item) => [item.id, measureCategorySchema.parse(item).name]));
  return {
    cases: cases.map(({ id, fields, body }) => ({ id, data: caseSchema.parse(fields), body })),
    regionById: new Map(regions.map(({ id, ...data }) => [id, data])),
    measures: loadTaxonomy(contentDir).map(({ id, ...fields }) => ({ id, data: measureDataSchema.parse(fields) })),
    categoryName: (id) => categoryNames.get(id) ?? id,
    aliases: readLinkState(contentDir).successors.aliases,
  };
}
