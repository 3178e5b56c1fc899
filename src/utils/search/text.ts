// Query and page-text normalisation shared by the search page, the case-page highlighter and the eval.

import type { Fold } from '../../content-model/script-table.ts';

export type { Fold };
export const identity: Fold = (text) => text;

const han = '\\p{Script=Han}';
/** A digit run followed by spaces and then a CJK character (a unit such as 个, 万元): `84 个`. */
const digitThenUnit = new RegExp(`(\\d)\\s+(?=${han}|%|％)`, 'gu');
const punctuation = /[\p{P}\p{S}\s]+/gu;

/** NFKC (full-width digits and letters become ASCII), lowercase, single spaces, `84 个` → `84个`. */
export function normalizeQuery(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/["“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(digitThenUnit, '$1')
    .trim();
}

/** The terms a query asks for: whitespace separates terms, except inside a Han run (layout). */
export function queryTerms(normalized: string): string[] {
  return normalized
    .replace(digitThenUnit, '$1')
    .split(' ')
    .filter((term) => term.length > 0);
}

/** Text as compared for an exact match: folded to Simplified, NFKC, no layout whitespace. */
export function matchForm(text: string, fold: Fold = identity): string {
  return fold(text.normalize('NFKC').toLowerCase()).replace(/\s+/g, '');
}

/** Looser form: punctuation dropped too, so 三补贴三挂钩 meets “三补贴”“三挂钩”. */
export function looseForm(text: string, fold: Fold = identity): string {
  return matchForm(text, fold).replace(punctuation, '');
}

/** Number of non-overlapping occurrences of `needle` in `haystack`. */
export function countOccurrences(haystack: string, needle: string): number {
  if (needle.length === 0) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}
