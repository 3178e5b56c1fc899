// The script table from opencc-js's dictionaries, for the build (/search/script-table.json) and
// for tests; the browser loads the table instead of these dictionaries.
import stCharacters from 'opencc-js/dict/STCharacters';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import { compactTable, scriptFolds, scriptVariants as variantsWith } from './script-table.ts';
import type { Fold } from './text.ts';

export const scriptTable = compactTable(stCharacters, tsCharacters);
const folds = scriptFolds(scriptTable);

/** Traditional → Simplified: what every text is folded to before comparing. */
export const toSimplified: Fold = folds.toSimplified;
/** Simplified → Traditional: a second query variant, so pages written in Traditional are found. */
export const toTraditional: Fold = folds.toTraditional;

/** The query as written plus its other-script spellings, without duplicates. */
export function scriptVariants(query: string): string[] {
  return variantsWith(query, folds);
}
