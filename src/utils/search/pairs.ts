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
export function bigramText(text: string): string {
  return text.replace(hanRun, (run) => ` ${characterPairs(run).join(' ')} `);
}

/** The text content of an HTML document as pairs, leaving tags, scripts and styles as they are. */
export function bigramHtml(html: string): string {
  return html.replace(/(<(script|style)\b[\s\S]*?<\/\2>)|>([^<]+)</g, (_match, raw: string | undefined, _tag, text: string | undefined) =>
    raw ?? `>${bigramText(text ?? '')}<`,
  );
}

/** The query as the index knows it: each Chinese run as its pairs, all words separated by single spaces. */
export function bigramQuery(query: string): string {
  return bigramText(query.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

const pair = /^\p{Script=Han}{2}$/u;

/** Whether index word `word` continues the pair `previous` (八大 大员: they share 大). */
export function chainsOn(previous: string, word: string): boolean {
  return pair.test(previous) && pair.test(word) && Array.from(previous)[1] === Array.from(word)[0];
}

/**
 * Joins each run of chained pairs (八大 大员 → 八大员). Two pairs chain when the second starts
 * with the character the first ends with; other words stay separated by a space.
 */
export function unpairText(content: string): string {
  const words = content.split(/\s+/).filter(Boolean);
  let text = '';
  let previous = '';
  for (const word of words) {
    text += chainsOn(previous, word) ? Array.from(word)[1] : `${text ? ' ' : ''}${word}`;
    previous = word;
  }
  return text;
}
