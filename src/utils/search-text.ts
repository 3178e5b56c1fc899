/**
 * Chinese text for the search index, tokenised by us rather than by Pagefind.
 *
 * Pagefind's extended Chinese indexing needs ~1.25 MB of memory per page (12.9 GB for 10,000
 * cases). We index instead every run of Chinese characters as its overlapping character pairs
 * (大党建 → 大党 党建), separated by whitespace, in a whitespace language: a tenth of the memory,
 * and a query for 暖心驿站 (暖心 心驿 驿站, all required) then matches the phrase, not pages holding
 * 暖, 心 and 驿站 anywhere. Pages keep lang="zh-CN" for readers; the same function runs on the
 * query in the browser, and `joinBigrams` turns Pagefind's excerpts back into plain text.
 */
const hanRun = /[\p{Script=Han}\u3007]+/gu;
/** Between the pairs of one run: whitespace to Pagefind, and a mark for joinBigrams. */
export const pairSeparator = '\u2009';
/** Around a run: whitespace to Pagefind, removed again for display. */
export const runSeparator = '\u2002';

function pairs(run: string): string {
  const characters = Array.from(run);
  if (characters.length < 2) return run;
  return characters.slice(1).map((character, index) => `${characters[index]}${character}`).join(pairSeparator);
}

/** Turns every run of Chinese characters into its character pairs; other text is untouched. */
export function bigramText(text: string): string {
  return text
    .replace(/[\u2002\u2009]/g, ' ')
    .replace(hanRun, (run) => `${runSeparator}${pairs(run)}${runSeparator}`);
}

/** The text content of an HTML document as pairs, leaving tags, scripts and styles as they are. */
export function bigramHtml(html: string): string {
  return html.replace(/(<(script|style)\b[\s\S]*?<\/\2>)|>([^<]+)</g, (_match, raw: string | undefined, _tag, text: string | undefined) =>
    raw ?? `>${bigramText(text ?? '')}<`,
  );
}

/** The query as the index knows it: each Chinese run as its pairs, all words separated by spaces. */
export function bigramQuery(query: string): string {
  return bigramText(query.normalize('NFC')).replace(/[\s\u2002\u2009]+/g, ' ').trim();
}

const markedPair = new RegExp(`${pairSeparator}((?:<mark>)?)(?:[\\p{Script=Han}\\u3007])`, 'gu');

/** Turns indexed text (e.g. a Pagefind excerpt with `<mark>`s) back into the original text. */
export function joinBigrams(text: string): string {
  return text.replace(markedPair, '$1').replaceAll(runSeparator, '');
}
