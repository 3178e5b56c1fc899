// Reads the links registry, its successor files and the current cases from a content folder.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import {
  anchorAliasesSchema,
  redirectsSchema,
  registrySchema,
  withdrawnSchema,
  type Registry,
} from '../schemas/links.ts';
import { checkLinks, unregisteredLinks, type CurrentCase, type Successors } from '../utils/link-registry.ts';
import { parsePassages } from '../utils/passages.ts';
import { contentDir } from './paths.ts';

export const registryFile = 'published.json';

export interface LinkState {
  registry: Registry;
  successors: Successors;
  current: CurrentCase[];
}

function readValidated<T extends z.ZodType>(
  dir: string,
  file: string,
  schema: T,
  parse: (text: string) => unknown,
): z.infer<T> {
  const full = path.join(dir, file);
  const raw = existsSync(full) ? (parse(readFileSync(full, 'utf8')) ?? {}) : {};
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(整个文件)'}：${issue.message}`);
  throw new Error(`content/${file} 有误：\n${lines.join('\n')}`);
}

/** Reads one case file: its id (front matter, else the file name), anchors and fingerprint. */
function readCase(file: string): CurrentCase {
  const text = readFileSync(file, 'utf8');
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  const data = (frontMatter ? parseYaml(frontMatter[1] ?? '') : {}) as { id?: unknown };
  const id = typeof data.id === 'string' ? data.id : path.basename(file, '.mdx');
  const body = frontMatter ? text.slice(frontMatter[0].length) : text;
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return { id, anchors: parsePassages(body).map((passage) => passage.id), hash };
}

export function readLinkState(dir = contentDir): LinkState {
  const casesDir = path.join(dir, 'cases');
  const caseFiles = existsSync(casesDir)
    ? readdirSync(casesDir)
        .filter((name) => name.endsWith('.mdx'))
        .sort()
    : [];
  return {
    registry: readValidated(dir, registryFile, registrySchema, JSON.parse),
    successors: {
      redirects: readValidated(dir, 'redirects.yaml', redirectsSchema, parseYaml),
      withdrawn: readValidated(dir, 'withdrawn.yaml', withdrawnSchema, parseYaml),
      aliases: readValidated(dir, 'anchor-aliases.yaml', anchorAliasesSchema, parseYaml),
    },
    current: caseFiles.map((name) => readCase(path.join(casesDir, name))),
  };
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
