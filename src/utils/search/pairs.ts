/**
 * Chinese text for the search index, tokenised by us rather than by Pagefind.
 *
 * Every run of Chinese characters is indexed as its overlapping character pairs (大党建 → 大党
 * 党建), separated by spaces, in a whitespace language (scripts/lib/search-index.ts): the same
 * function runs on the query in the browser, so 暖心驿站 looks for 暖心 心驿 驿站 whatever a
 * dictionary would make of it. Pages keep lang="zh-CN" for readers. Pagefind hands the page
 * content back with every separator turned into a plain space (八大 大员 货车 车司 司机), so
 * `unpairText` chains the pairs again.
 */
/** The whitespace language the pairs are indexed as; its stemmer only touches Latin words. */
export const indexLanguage = 'en';

/** A run of Chinese characters: what is indexed as pairs. */
export const hanRun = /[\p{Script=Han}\u3007]+/gu;

/** 暖心驿站 → 暖心, 心驿, 驿站; a single character stands for itself. */
export function characterPairs(text: string): string[] {
  // A loop rather than Array.from and map: the indexer runs this over every page's text.
  const pairs: string[] = [];
  let previous = '';
  for (const character of text) {
    if (previous) pairs.push(previous + character);
    previous = character;
  }
  return pairs.length > 0 || !previous ? pairs : [previous];
}

/** Turns every run of Chinese characters into its character pairs, set apart by spaces; other text is untouched. */
export function pairText(text: string): string {
  return text.replace(hanRun, (run) => ` ${characterPairs(run).join(' ')} `);
}

/** The query as the index knows it: each Chinese run as its pairs, all words separated by single spaces. */
export function pairQuery(query: string): string {
  return pairText(query.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

const pair = /^\p{Script=Han}{2}$/u;

/** CJK Unified Ideographs and Extension A: almost every character of the archive, checked without a regular expression. */
const commonHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);

/** The two characters of a pair word (八大 → 八, 大), or null for any other word. */
function pairCharacters(word: string): [string, string] | null {
  // Run over every word of a query (covering.ts): the common case goes first.
  if (word.length === 2 && commonHan(word.charCodeAt(0)) && commonHan(word.charCodeAt(1))) return [word[0]!, word[1]!];
  if (word.length < 2 || word.length > 4 || !pair.test(word)) return null;
  const first = String.fromCodePoint(word.codePointAt(0)!);
  return [first, word.slice(first.length)];
}

/** Whether index word `word` continues the pair `previous` (八大 大员: they share 大). */
export function chainsOn(previous: string, word: string): boolean {
  const before = pairCharacters(previous);
  const after = pairCharacters(word);
  return before !== null && after !== null && before[1] === after[0];
}

/** The space and first character of a pair continuing the pair before it (八大 大员: “ 大”). */
const chainedPair = /(?<=(?:^|\s)\p{Script=Han}(\p{Script=Han}))\s+\1(?=\p{Script=Han}(?:\s|$))/gu;

/**
 * Joins each run of chained pairs (八大 大员 → 八大员). Two pairs chain when the second starts
 * with the character the first ends with; other words stay separated by a space. Two regular
 * expressions rather than a loop over the words: a page holds up to 100,000 of them, and the
 * loop's garbage cost a huge page's first search ~0.3 s.
 */
export function unpairText(content: string): string {
  return content.replace(chainedPair, '').replace(/\s+/g, ' ').trim();
}
