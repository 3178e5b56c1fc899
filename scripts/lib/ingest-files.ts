// File access for `npm run ingest`: everything the pure pipeline needs, read from content/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { FunctionalArea } from '../../src/ingest/extract/gazetteer.ts';
import type { RegionEntry } from '../../src/ingest/write/regions.ts';
import { parsePassages, type BlockKind } from '../../src/utils/passages.ts';

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

export function readRegions(file: string): RegionEntry[] {
  const value = parse(readText(file) ?? '') as RegionEntry[] | null;
  return (value ?? []).map((entry) => ({ ...entry, city: entry.city ?? null, code: entry.code ?? null }));
}

export function readFunctionalAreas(file: string): FunctionalArea[] {
  return (parse(readText(file) ?? '') as FunctionalArea[] | null) ?? [];
}

const prefixOf: Record<BlockKind, string> = { P: 'p', Turn: 'p', Heading: 'h', Caption: 'c', Credit: 'c' };

/** Anchors of an existing case file by `prefix|text`, so unchanged blocks keep their ids. */
export function anchorsIn(mdx: string | null): Map<string, string> {
  const anchors = new Map<string, string>();
  if (!mdx) return anchors;
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  for (const passage of parsePassages(body)) anchors.set(`${prefixOf[passage.kind]}|${passage.text}`, passage.id);
  return anchors;
}
