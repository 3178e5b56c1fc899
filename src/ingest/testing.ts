// Test support: the context the runner would build, from the real content folder.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFunctionalAreas } from '../content-model/region.ts';
import { buildGazetteer } from './extract/gazetteer.ts';
import { ingestSource, type IngestContext, type SourceOutcome } from './pipeline.ts';
import { parseSettings, type SourceSettings } from './settings.ts';
import { loadTaxonomy } from '../content-model/taxonomy.ts';

export const contentRoot = path.resolve(import.meta.dirname, '../../content');
export const sourcesRoot = path.join(contentRoot, 'sources');

const functionalAreas = parseFunctionalAreas(
  readFileSync(path.join(contentRoot, 'functional-areas.yaml'), 'utf8'),
  'content/functional-areas.yaml',
);
export const gazetteer = buildGazetteer(functionalAreas);
export const taxonomy = loadTaxonomy(contentRoot);

export function testContext(overrides: Partial<IngestContext> = {}): IngestContext {
  return { taxonomy, gazetteer, regions: [], knownId: () => undefined, previousAnchors: () => new Map(), ...overrides };
}

export function settingsOf(source: string): SourceSettings {
  try {
    return parseSettings(readFileSync(path.join(sourcesRoot, source.replace(/\.txt$/, '.yaml')), 'utf8'), source);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

/** Ingests bytes as if they were the named file in content/sources/. */
export function ingestBytes(
  name: string,
  bytes: Uint8Array,
  settings: SourceSettings = {},
  context = testContext(),
): SourceOutcome {
  return ingestSource({ name, bytes }, settings, context);
}

export function ingestRealSource(name: string): SourceOutcome {
  return ingestBytes(name, readFileSync(path.join(sourcesRoot, name)), settingsOf(name));
}

/** Han characters of a text, in order. */
export const hanOf = (text: string) => [...text].filter((character) => /\p{Script=Han}/u.test(character));

/** Share of `expected`'s characters found, in order, in `actual`. */
export function inOrderShare(expected: readonly string[], actual: readonly string[]): number {
  let position = 0;
  let found = 0;
  for (const character of expected) {
    const next = actual.indexOf(character, position);
    if (next === -1) continue;
    found++;
    position = next + 1;
  }
  return expected.length === 0 ? 1 : found / expected.length;
}
