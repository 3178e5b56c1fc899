import { describe, expect, it } from 'vitest';
import { relatedCases, relatedIndex } from './related-cases.ts';

describe('relatedCases', () => {
  const index = relatedIndex([
    { id: 'a', measures: ['x', 'y'] },
    { id: 'b', measures: ['y'] },
    { id: 'c', measures: ['z'] },
    { id: 'd', measures: ['x', 'y', 'z'] },
    { id: 'e', measures: ['y', 'x'] },
  ]);

  it('ranks by shared measures, keeps the archive order on ties, leaves out itself and unrelated cases', () => {
    expect(relatedCases(index, 'a')).toEqual([
      { id: 'd', shared: ['x', 'y'] },
      { id: 'e', shared: ['x', 'y'] },
      { id: 'b', shared: ['y'] },
    ]);
  });

  it('stops at the limit, keeping the best', () => {
    expect(relatedCases(index, 'd', 2).map((related) => related.id)).toEqual(['a', 'e']);
  });

  it('returns nothing for an unknown case or one without measures', () => {
    expect(relatedCases(index, 'nope')).toEqual([]);
    expect(
      relatedCases(
        relatedIndex([
          { id: 'a', measures: [] },
          { id: 'b', measures: [] },
        ]),
        'a',
      ),
    ).toEqual([]);
  });

  it('handles more measures than fit in one 32-bit word', () => {
    const many = Array.from({ length: 40 }, (_, index) => `m${index}`);
    const wide = relatedIndex([
      { id: 'a', measures: many },
      { id: 'b', measures: ['m35', 'm39'] },
      { id: 'c', measures: ['m1'] },
    ]);
    expect(relatedCases(wide, 'a')).toEqual([
      { id: 'b', shared: ['m35', 'm39'] },
      { id: 'c', shared: ['m1'] },
    ]);
  });
});
