// The one Traditional → Simplified converter: the script table built from opencc-js's character
// dictionaries. The ingest matches place names and relevance with it, the search index and the
// tests fold page text with it, and /search/script-table.json hands the same table to the browser.
import stCharacters from 'opencc-js/dict/STCharacters';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import { compactTable, scriptFolds, type Fold } from './script-table.ts';

export const scriptTable = compactTable(stCharacters, tsCharacters);
const folds = scriptFolds(scriptTable);

/** Traditional → Simplified, for matching only: the text itself is kept as written. */
export const toSimplified: Fold = folds.toSimplified;
/** Simplified → Traditional: a second query spelling, so pages written in Traditional are found. */
export const toTraditional: Fold = folds.toTraditional;
