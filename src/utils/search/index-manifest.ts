// /pagefind/manifest.json, written by the indexer (scripts/lib/search-index.ts) and read by the
// search page and the eval: where the Pagefind bundle is (a folder named by its content, so a
// cached file is never taken for a changed one) and the files Pagefind loads before a search, whether any indexed page holds Traditional characters (if none,
// queries are searched in Simplified only), and the archive's most frequent character pairs
// (searched only where a term cannot do without them).

export interface IndexManifest {
  /** URL path of the Pagefind bundle, ending in a slash. */
  bundle: string;
  /** Files of the bundle Pagefind loads after its entry file, before a first search (metadata, wasm). */
  startFiles: string[];
  /** Whether any indexed page holds a Traditional-only character (script-table.ts traditionalOnly). */
  traditional: boolean;
  /** The pairs on most indexed pages, most frequent first (scripts/lib/frequent-pairs.ts). */
  frequentPairs: string[];
}

export const manifestPath = '/pagefind/manifest.json';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];

/**
 * The manifest as read from JSON; anything unexpected means Pagefind's own place (nothing known to
 * load ahead), both scripts and no frequent pairs.
 */
export function parseIndexManifest(json: unknown): IndexManifest {
  const value = (json ?? {}) as Partial<Record<keyof IndexManifest, unknown>>;
  const bundled = typeof value.bundle === 'string' && value.bundle.startsWith('/') && value.bundle.endsWith('/');
  return {
    bundle: bundled ? (value.bundle as string) : '/pagefind/',
    startFiles: bundled ? strings(value.startFiles).filter((file) => /^[\w.-]+$/.test(file)) : [],
    traditional: value.traditional !== false,
    frequentPairs: strings(value.frequentPairs),
  };
}

/**
 * A tag for Pagefind's entry file that caches may keep: the bundle's folder, named by its content.
 * (Without one, Pagefind asks for the entry with the time appended, so it can never be fetched early.)
 */
export function entryCacheTag(bundle: string): string {
  return bundle.split('/').filter(Boolean).at(-1) ?? '';
}
