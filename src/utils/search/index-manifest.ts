// /pagefind/bundles.json, written by the indexer (scripts/lib/search-index.ts) and read by the
// search page and the eval: which index bundles (shards) to merge, and whether any indexed page
// holds Traditional characters (if none, queries are searched in Simplified only), and the
// archive's most frequent character pairs (searched only where a term cannot do without them).

export interface IndexManifest {
  /** URL paths of the Pagefind bundles, the primary one first. */
  bundles: string[];
  /** Whether any indexed page holds a Traditional-only character (script-table.ts traditionalOnly). */
  traditional: boolean;
  /** The pairs on most indexed pages, most frequent first (scripts/lib/frequent-pairs.ts). */
  frequentPairs: string[];
}

export const manifestPath = '/pagefind/bundles.json';

/** The manifest as read from JSON; anything unexpected means the one bundle at /pagefind/, both scripts, no frequent pairs. */
export function parseIndexManifest(json: unknown): IndexManifest {
  const value = (json ?? {}) as Partial<Record<keyof IndexManifest, unknown>>;
  const bundles = Array.isArray(value.bundles) && value.bundles.length > 0 ? value.bundles.map(String) : ['/pagefind/'];
  const frequentPairs = Array.isArray(value.frequentPairs) ? value.frequentPairs.filter((pair) => typeof pair === 'string') : [];
  return { bundles, traditional: value.traditional !== false, frequentPairs };
}
