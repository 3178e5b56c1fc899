import { createHash } from 'node:crypto';

/** What ingest generated, per case file: lets it tell an editor's change from its own output. */
export interface ManifestEntry {
  source: string;
  /** The article inside the source (its title as first detected). */
  article: string;
  /** sha256 of the MDX text ingest wrote. */
  hash: string;
}

export interface Manifest {
  cases: Record<string, ManifestEntry>;
}

export const emptyManifest = (): Manifest => ({ cases: {} });

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function parseManifest(text: string | null): Manifest {
  if (!text) return emptyManifest();
  const value = JSON.parse(text) as Partial<Manifest>;
  return { cases: value.cases ?? {} };
}

/** Sorted keys, fixed indentation, no timestamps: the same run writes the same bytes. */
export function serializeManifest(manifest: Manifest): string {
  const cases = Object.fromEntries(Object.entries(manifest.cases).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ cases }, null, 2)}\n`;
}

export function knownIdFor(manifest: Manifest, source: string, article: string): string | undefined {
  return Object.entries(manifest.cases).find(([, entry]) => entry.source === source && entry.article === article)?.[0];
}
