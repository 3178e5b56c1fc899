import { describe, expect, it } from 'vitest';
import { compactTable, scriptFolds } from '../../content-model/script-table.ts';
import { scriptVariants } from './script-variants.ts';

// Entries as opencc-js writes them (STCharacters, TSCharacters), including one-way forms.
const stCharacters = '驿 驛|会 會|发 發 髮|干 幹 乾 干|工 工';
const tsCharacters = '驛 驿|會 会|發 发|髮 发|幹 干|乾 干';

describe('scriptVariants', () => {
  const folds = scriptFolds(compactTable(stCharacters, tsCharacters));
  it('gives each distinct spelling of a query once', () => {
    expect(scriptVariants('暖心驿站', folds)).toEqual(['暖心驿站', '暖心驛站']);
    expect(scriptVariants('暖心驛站', folds)).toEqual(['暖心驛站', '暖心驿站']);
    expect(scriptVariants('2019', folds)).toEqual(['2019']);
  });
  it('searches the Simplified spelling alone when the index holds no Traditional text', () => {
    expect(scriptVariants('暖心驛站', folds, false)).toEqual(['暖心驿站']);
    expect(scriptVariants('暖心驿站', folds, false)).toEqual(['暖心驿站']);
  });
});
