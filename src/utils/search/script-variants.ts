import type { ScriptFolds } from '../../content-model/script-table.ts';

/**
 * The spellings to search for: the query as written plus its other-script spellings, without
 * duplicates — or, when the index holds no Traditional text (`indexHasTraditional` false, see
 * traditionalOnly), its Simplified spelling alone: the other spellings could only cost index bytes.
 */
export function scriptVariants(query: string, folds: ScriptFolds, indexHasTraditional = true): string[] {
  if (!indexHasTraditional) return [folds.toSimplified(query)];
  return [...new Set([query, folds.toSimplified(query), folds.toTraditional(query)])];
}
