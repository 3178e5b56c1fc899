import { describe, expect, it } from 'vitest';
import { relatedCases } from './related-cases.ts';

describe('relatedCases', () => {
  const all = [
    { id: 'a', measures: ['x', 'y'] },
    { id: 'b', measures: ['y'] },
    { id: 'c', measures: ['z'] },
    { id: 'd', measures: ['x', 'y', 'z'] },
  ];

  it('ranks by shared measures, leaves out itself and unrelated cases', () => {
    const related = relatedCases({ id: 'a', measures: ['x', 'y'] }, all);
    expect(related.map(({ entry, shared }) => [entry.id, shared])).toEqual([
      ['d', ['x', 'y']],
      ['b', ['y']],
    ]);
  });

  it('stops at the limit', () => {
    expect(relatedCases({ id: 'q', measures: ['x', 'y', 'z'] }, all, 2)).toHaveLength(2);
  });
});
