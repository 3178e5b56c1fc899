// /pagefind/manifest.json, written by the indexer (scripts/lib/search-index.ts) and read by the
// search page and the eval: where the Pagefind bundle is (a folder named by its content, so a
// cached file is never taken for a changed one), whether any indexed page holds Traditional characters (if none,
// queries are searched in Simplified only), and the archive's most frequent character pairs
// (searched only where a term cannot do without them).

export interface IndexManifest {
  /** URL path of the Pagefind bundle, ending in a slash. */
  bundle: string;
  /** Whether any indexed page holds a Traditional-only character (script-table.ts traditionalOnly). */
  traditional: boolean;
  /** The pairs on most indexed pages, most frequent first (scripts/lib/frequent-pairs.ts). */
  frequentPairs: string[];
}

export const manifestPath = '/pagefind/manifest.json';

/** The manifest as read from JSON; anything unexpected means Pagefind's own place, both scripts and no frequent pairs. */
export function parseIndexManifest(json: unknown): IndexManifest {
  const value = (json ?? {}) as Partial<Record<keyof IndexManifest, unknown>>;
  const frequentPairs = Array.isArray(value.frequentPairs) ? value.frequentPairs.filter((pair) => typeof pair === 'string') : [];
  const bundle = typeof value.bundle === 'string' && value.bundle.startsWith('/') && value.bundle.endsWith('/') ? value.bundle : '/pagefind/';
  return { bundle, traditional: value.traditional !== false, frequentPairs };
}
