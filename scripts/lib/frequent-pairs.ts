// The archive's most frequent character pairs, counted while the index is built and published in
// /pagefind/manifest.json: the search page leaves them out of the pairs it searches where it can
// (src/utils/search/covering.ts), because their postings are the largest to load and search.
import { characterPairs, hanRun } from '../../src/utils/search/pairs.ts';

/** Pairs listed: enough to name every pair found on a sizeable share of pages. */
export const frequentPairLimit = 300;

const loneCharacter = /^.$/u;

/** The distinct character pairs of a page's indexed text (searchable-html.ts `text`). */
export function pagePairs(text: string): Set<string> {
  const found = new Set<string>();
  for (const [run] of text.matchAll(hanRun)) {
    // A lone character is no pair (characterPairs lets it stand for itself).
    if (!loneCharacter.test(run)) for (const pair of characterPairs(run)) found.add(pair);
  }
  return found;
}

/** Document frequency: adds one to the count of each pair the page holds. */
export function countPagePairs(counts: Map<string, number>, text: string): void {
  for (const pair of pagePairs(text)) counts.set(pair, (counts.get(pair) ?? 0) + 1);
}

/** The `limit` pairs on most pages, most frequent first (ties in code-point order, so builds repeat). */
export function mostFrequent(counts: Map<string, number>, limit = frequentPairLimit): string[] {
  return [...counts]
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([pair]) => pair);
}
