// The archive's content read as the site's collections hold it (src/content.config.ts), but
// without Astro: the same readers and schemas, so the search index can be built from content
// while Astro renders the pages.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { caseFileNames, caseIdOf } from '../../src/content-model/case-file.ts';
import { caseSchema, type CaseData } from '../../src/content-model/case.ts';
import { parseFrontMatter, splitFrontMatter } from '../../src/content-model/front-matter.ts';
import { measureCategorySchema, measureDataSchema, type MeasureData } from '../../src/content-model/measure.ts';
import { parseRegions, type RegionData } from '../../src/content-model/region.ts';
import { loadTaxonomy } from '../../src/content-model/taxonomy.ts';
import { readYaml } from '../../src/content-model/yaml.ts';
import { readLinkFiles, type LinkState } from '../../src/integrations/link-files.ts';

export interface CaseEntry {
  id: string;
  data: CaseData;
  body: string;
}

/** What every page draws on besides its own case: regions, measures, categories, anchor aliases. */
export interface ArchiveContext {
  regionById: Map<string, RegionData>;
  measures: Array<{ id: string; data: MeasureData }>;
  categoryName: (id: string) => string;
  /** Vanished anchors of each case, by the passage they now lead to (content/LINKS.md). */
  aliases: LinkState['successors']['aliases'];
}

export interface ArchiveContent extends ArchiveContext {
  cases: CaseEntry[];
}

/** A case file as read: its name in cases/, its text, a digest of both, and what it holds. */
export interface ReadCase {
  name: string;
  source: string;
  digest: string;
  entry: CaseEntry;
}

/**
 * The id and fields of case files read before, by ReadCase.digest: a run keeps them for the next
 * (scripts/lib/known-fields.ts), which then parses the front matter of changed files only — YAML
 * and schema were 4.7 of the 7 s the passage files took at 10,000 cases.
 */
export type KnownFields = ReadonlyMap<string, Pick<CaseEntry, 'id' | 'data'>>;

/**
 * The exit code of a reader of the content (scripts/index-search.ts) that met a mistake in it.
 * The Astro build, run alongside, reports the same mistake with file, line and the fix, so
 * scripts/build.ts lets it go on to say so (65: EX_DATAERR of sysexits.h, “input data incorrect”).
 */
export const contentMistakeExit = 65;

/** The files the context is read from (a change in any of them may change every page). */
export const contextFiles = ['regions.yaml', 'measure-categories.yaml', 'anchor-aliases.yaml', 'measures'];

/**
 * A case file's id, fields and body. What the Astro build checks besides (stray lines, references,
 * duplicate ids: src/loaders/case-files.ts) is not checked again: a mistake fails that build.
 */
function readCase(name: string, source: string, known: Pick<CaseEntry, 'id' | 'data'> | undefined): CaseEntry {
  const parts = splitFrontMatter(source);
  if (parts && known) return { ...known, body: parts.body };
  const parsed = parts ? parseFrontMatter(parts.yaml) : null;
  if (!parts || !parsed || 'error' in parsed) throw new Error(`${name}：前置元数据无法读取，见 astro build 的报告。`);
  return { id: caseIdOf(parsed.data, name), data: caseSchema.parse(parsed.data), body: parts.body };
}

/** Reads the context; a content mistake throws (the Astro build, run alongside, says what to fix). */
export function readArchiveContext(contentDir: string): ArchiveContext {
  const regionsFile = path.join(contentDir, 'regions.yaml');
  const regions = parseRegions(readFileSync(regionsFile, 'utf8'), regionsFile);
  const categoriesFile = path.join(contentDir, 'measure-categories.yaml');
  const categories = readYaml(readFileSync(categoriesFile, 'utf8'), categoriesFile).value as Array<{ id: string }>;
  const categoryNames = new Map(categories.map((item) => [item.id, measureCategorySchema.parse(item).name]));
  return {
    regionById: new Map(regions.map(({ id, ...data }) => [id, data])),
    measures: loadTaxonomy(contentDir).map(({ id, ...fields }) => ({ id, data: measureDataSchema.parse(fields) })),
    categoryName: (id) => categoryNames.get(id) ?? id,
    aliases: readLinkFiles(contentDir).successors.aliases,
  };
}

/**
 * Every case file of `contentDir`, read and parsed once for all that is made of it (the files
 * whose digest `known` holds are not parsed again); a content mistake throws.
 */
export function readCases(contentDir: string, known: KnownFields = new Map()): ReadCase[] {
  const casesDir = path.join(contentDir, 'cases');
  return caseFileNames(casesDir).map((name) => {
    const source = readFileSync(path.join(casesDir, name), 'utf8');
    // The name too: a case without an `id` field is named by its file.
    const digest = createHash('sha256').update(name).update('\0').update(source).digest('hex');
    return { name, source, digest, entry: readCase(name, source, known.get(digest)) };
  });
}

/** The whole content: the context and every case. */
export function readArchiveContent(contentDir: string): ArchiveContent {
  return { ...readArchiveContext(contentDir), cases: readCases(contentDir).map(({ entry }) => entry) };
}
