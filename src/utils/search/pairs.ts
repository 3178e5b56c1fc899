// Text back from an index that stores Chinese as overlapping character pairs
// (scripts/lib/search-index.ts): Pagefind hands the page content back with every separator turned
// into a plain space (八大 大员 货车 车司 司机), so the pairs are chained again here.
const pair = /^\p{Script=Han}{2}$/u;

/**
 * Joins each run of chained pairs (八大 大员 → 八大员). Two pairs chain when the second starts
 * with the character the first ends with; other words stay separated by a space.
 */
export function unpairText(content: string): string {
  const words = content.split(/\s+/).filter(Boolean);
  let text = '';
  let previous = '';
  for (const word of words) {
    const chained = pair.test(previous) && pair.test(word) && Array.from(previous)[1] === Array.from(word)[0];
    text += chained ? Array.from(word)[1] : `${text ? ' ' : ''}${word}`;
    previous = word;
  }
  return text;
}

/**
 * Whether a bundle (its pagefind-entry.json) holds pairs: scripts/lib/search-index.ts indexes
 * them as a whitespace language, Pagefind's own Chinese segmentation lists a zh language.
 */
export function entryUsesPairs(entry: { languages?: Record<string, unknown> }): boolean {
  return !Object.keys(entry.languages ?? {}).some((language) => language.startsWith('zh'));
}
