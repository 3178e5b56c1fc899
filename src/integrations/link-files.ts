// Reads the links registry, its successor files and the current cases from a content folder.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import {
  anchorAliasesSchema,
  redirectsSchema,
  registrySchema,
  withdrawnSchema,
  type Registry,
} from '../content-model/links.ts';
import { checkLinks, unregisteredLinks, type CurrentCase, type Successors } from '../utils/link-registry.ts';
import { caseFileNames, caseIdOf } from '../content-model/case-file.ts';
import { parseFrontMatter, splitFrontMatter } from '../content-model/front-matter.ts';
import { parsePassages } from '../content-model/passages.ts';
import type { CheckedPassage } from '../utils/measure-check.ts';
import { ContentFileError, fieldProblem, readYaml } from '../content-model/yaml.ts';
import { contentDir, projectRoot } from './paths.ts';

export const registryFile = 'published.json';

export interface LinkState {
  registry: Registry;
  successors: Successors;
  current: CurrentCase[];
}

/**
 * Reads one registry file of a content folder (absent: empty). The YAML files are the editors'
 * (content/LINKS.md): a mistake is named with its line; published.json is written by
 * `npm run links:record`, not by hand.
 */
function readValidated<T extends z.ZodType>(dir: string, file: string, schema: T): z.infer<T> {
  const full = path.join(dir, file);
  const text = existsSync(full) ? readFileSync(full, 'utf8') : null;
  if (!file.endsWith('.yaml')) {
    const result = schema.safeParse(text === null ? {} : JSON.parse(text));
    if (result.success) return result.data;
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(整个文件)'}：${issue.message}`);
    throw new ContentFileError(`content/${file} 有误：\n${lines.join('\n')}`);
  }
  const yaml = readYaml(text ?? '', `content/${file}`);
  const result = schema.safeParse(yaml.value ?? {});
  if (result.success) return result.data;
  const fix = '按 content/LINKS.md 中的格式修改。';
  throw new ContentFileError(
    result.error.issues.map((issue) => fieldProblem(yaml, issue.path, issue.message, fix)).join('\n'),
  );
}

/** A case file as the build-start checks read it: its links, and its passages with their lines. */
export interface CaseFileCheck extends CurrentCase {
  /** The file as messages name it, e.g. `content/cases/taizhou-sige-jiafa.mdx`. */
  file: string;
  passages: CheckedPassage[];
}

/** Earlier readings of case files (case-checks-cache.ts), by their `hash`: a file whose text is unchanged is not parsed again. */
export type KnownCaseChecks = ReadonlyMap<string, CaseFileCheck>;

/** Reads one case file: its id (front matter, else the file name), anchors, passages and fingerprint. */
function readCaseCheck(file: string, known: KnownCaseChecks): CaseFileCheck {
  const text = readFileSync(file, 'utf8');
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const relative = path.relative(projectRoot, file);
  const earlier = known.get(hash);
  // The id may come from the file name: the same text under another name is another reading.
  if (earlier?.file === relative) return earlier;
  const parts = splitFrontMatter(text);
  const parsed = parts ? parseFrontMatter(parts.yaml) : null;
  const data = parsed && 'data' in parsed ? parsed.data : {};
  const passages = (parts ? parsePassages(parts.body, parts.bodyLine) : parsePassages(text)).map(
    ({ id, measures, line }): CheckedPassage => ({ id, measures, line }),
  );
  return { id: caseIdOf(data, file), anchors: passages.map((passage) => passage.id), hash, file: relative, passages };
}

/** Every case file of a content folder, read once for all the build-start checks. */
export function readCaseChecks(dir = contentDir, known: KnownCaseChecks = new Map()): CaseFileCheck[] {
  const casesDir = path.join(dir, 'cases');
  if (!existsSync(casesDir)) return [];
  return caseFileNames(casesDir).map((name) => readCaseCheck(path.join(casesDir, name), known));
}

/** The registry and the successor files: all the pages need, without reading every case file. */
export function readLinkFiles(dir = contentDir): Omit<LinkState, 'current'> {
  return {
    registry: readValidated(dir, registryFile, registrySchema),
    successors: {
      redirects: readValidated(dir, 'redirects.yaml', redirectsSchema),
      withdrawn: readValidated(dir, 'withdrawn.yaml', withdrawnSchema),
      aliases: readValidated(dir, 'anchor-aliases.yaml', anchorAliasesSchema),
    },
  };
}

export function readLinkState(dir = contentDir, current: CurrentCase[] = readCaseChecks(dir)): LinkState {
  return { ...readLinkFiles(dir), current };
}

/** The build's verdict on the links: problems fail it, unregistered links are only reported. */
export function checkLinkState(state: LinkState): { problems: string[]; unregistered: string[] } {
  return {
    problems: checkLinks(state.registry, state.current, state.successors),
    unregistered: unregisteredLinks(state.registry, state.current),
  };
}

export function writeRegistry(registry: Registry, dir = contentDir): void {
  writeFileSync(path.join(dir, registryFile), `${JSON.stringify(registry, null, 2)}\n`);
}
