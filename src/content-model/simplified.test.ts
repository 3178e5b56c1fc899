import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scriptTable, toSimplified, toTraditional } from './simplified.ts';

describe('Simplified ↔ Traditional', () => {
  it('folds Traditional text onto Simplified', () => {
    expect(toSimplified('工會經費 職工之家')).toBe('工会经费 职工之家');
  });
  it('spells a Simplified query in Traditional for pages written that way', () => {
    expect(toTraditional('暖心驿站')).toBe('暖心驛站');
  });

  it('converts character by character: every character the table maps, nothing else', () => {
    const pairs = (text: string) => Array.from(text).flatMap((c, i, all) => (i % 2 === 0 ? [[c, all[i + 1]!]] : []));
    const toSimplifiedForms = new Map([
      ...pairs(scriptTable.both).map(([s, t]) => [t!, s!] as const),
      ...pairs(scriptTable.toSimplified).map(([t, s]) => [t!, s!] as const),
    ]);
    const characters = [...new Set([...scriptTable.both, ...scriptTable.toSimplified, ...'工会 2019 ABC-]^\\𠀀'])];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...characters), { maxLength: 40 }), (drawn) => {
        const text = drawn.join('');
        expect(toSimplified(text)).toBe(drawn.map((c) => toSimplifiedForms.get(c) ?? c).join(''));
      }),
      { numRuns: 500 },
    );
  });
});
