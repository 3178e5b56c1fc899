import { describe, expect, it } from 'vitest';
import { compactTable, scriptFolds, traditionalOnly } from './script-table.ts';

// Entries as opencc-js writes them (STCharacters, TSCharacters), including one-way forms.
const stCharacters = '驿 驛|会 會|发 發 髮|干 幹 乾 干|工 工';
const tsCharacters = '驛 驿|會 会|發 发|髮 发|幹 干|乾 干';

describe('compactTable', () => {
  it('keeps only characters whose forms differ, two-way pairs once', () => {
    expect(compactTable(stCharacters, tsCharacters)).toEqual({
      both: '驿驛会會发發干幹',
      toTraditional: '',
      toSimplified: '髮发乾干',
    });
  });
});

describe('scriptFolds', () => {
  const folds = scriptFolds(compactTable(stCharacters, tsCharacters));
  it('folds every Traditional form onto Simplified, including one-way ones', () => {
    expect(folds.toSimplified('暖心驛站 理髮 乾部 工會')).toBe('暖心驿站 理发 干部 工会');
  });
  it('spells Simplified in the first Traditional form and leaves other text alone', () => {
    expect(folds.toTraditional('暖心驿站 发展 2019 APP')).toBe('暖心驛站 發展 2019 APP');
  });
});

describe('traditionalOnly', () => {
  it('lists Traditional forms that are never Simplified ones', () => {
    const table = compactTable(stCharacters, tsCharacters);
    expect([...traditionalOnly(table)].sort()).toEqual(['乾', '會', '幹', '發', '髮', '驛'].sort());
    expect(traditionalOnly(compactTable(stCharacters, tsCharacters)).has('干')).toBe(false);
  });
});
