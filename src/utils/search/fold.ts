// Simplified ↔ Traditional with opencc-js's character tables only (≈60 kB instead of the 1 MB
// phrase dictionary): enough to fold a query and a page onto the same characters.
import { ConverterFactory } from 'opencc-js/core';
import stCharacters from 'opencc-js/dict/STCharacters';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import tsPhrases from 'opencc-js/dict/TSPhrases';
import type { Fold } from './text.ts';

/** Traditional → Simplified: what every text is folded to before comparing. */
export const toSimplified: Fold = ConverterFactory([[tsPhrases, tsCharacters]]);
/** Simplified → Traditional: a second query variant, so pages written in Traditional are found. */
export const toTraditional: Fold = ConverterFactory([[stCharacters]]);

/** The query as written plus its other-script spellings, without duplicates. */
export function scriptVariants(query: string): string[] {
  return [...new Set([query, toSimplified(query), toTraditional(query)])];
}
