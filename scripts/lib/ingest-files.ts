// File access for `npm run ingest`: everything the pure pipeline needs, read from content/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { anchorPrefixOf } from '../../src/content-model/blocks.ts';
import { stripFrontMatter } from '../../src/content-model/front-matter.ts';
import { parsePassages } from '../../src/content-model/passages.ts';
import {
  parseFunctionalAreas,
  parseRegions,
  type FunctionalArea,
  type Region,
} from '../../src/content-model/region.ts';

export const readText = (file: string): string | null => (existsSync(file) ? readFileSync(file, 'utf8') : null);

/** Raw sources: every *.txt in content/sources/ (settings files and READMEs are not sources). */
export function listSources(sourcesDir: string): string[] {
  return readdirSync(sourcesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

/** The settings file next to a source: 000_x.txt → 000_x.yaml (or .yml). */
export function settingsPathFor(sourcesDir: string, source: string): string | null {
  const base = source.replace(/\.txt$/, '');
  return (
    ['.yaml', '.yml'].map((extension) => path.join(sourcesDir, base + extension)).find((file) => existsSync(file)) ??
    null
  );
}

const shown = (file: string) => path.relative(process.cwd(), file) || file;

export function readRegions(file: string): Region[] {
  return parseRegions(readText(file) ?? '', shown(file));
}

export function readFunctionalAreas(file: string): FunctionalArea[] {
  return parseFunctionalAreas(readText(file) ?? '', shown(file));
}

/** Anchors of an existing case file by `prefix|text`, so unchanged blocks keep their ids. */
export function anchorsIn(mdx: string | null): Map<string, string> {
  const anchors = new Map<string, string>();
  if (!mdx) return anchors;
  for (const passage of parsePassages(stripFrontMatter(mdx)))
    anchors.set(`${anchorPrefixOf[passage.kind]}|${passage.text}`, passage.id);
  return anchors;
}
