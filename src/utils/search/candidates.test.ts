import { describe, expect, it } from 'vitest';
import { longestRun, orderMatches } from './candidates.ts';
import { pairText } from './pairs.ts';

/** Word positions of `pairs` in a text as the pair index holds it (one position per word). */
function positionsOf(text: string, pairs: string[]): number[] {
  return pairText(text)
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word, position) => (pairs.includes(word) ? [position] : []));
}

describe('longestRun', () => {
  it('finds 八大员 said in a sentence as a run as long as its pairs', () => {
    const said = positionsOf('把推进八大员入会作为重点', ['八大', '大员']);
    const scattered = positionsOf('八大类行业的大员工群体', ['八大', '大员']);
    expect(longestRun(said)).toBe(2);
    expect(longestRun(scattered)).toBe(1);
  });
  it('is 0 without positions and ignores their order and repeats', () => {
    expect(longestRun([])).toBe(0);
    expect(longestRun([9, 3, 4, 4, 5, 1])).toBe(3);
  });
});

describe('orderMatches', () => {
  const anywhere = [
    { id: 'scattered', score: 9, words: [1, 5, 9] },
    { id: 'partial', score: 2, words: [3, 4, 8] },
    { id: 'says', score: 4, words: [10, 11, 12] },
    { id: 'says-often', score: 6, words: [1, 2, 3, 20, 21, 22] },
    { id: 'tagged-says', score: 1, words: [7, 8, 9] },
  ];
  it('puts pages saying the term first (tagged ones before), then with punctuation inside, then tagged, then by run', () => {
    const order = orderMatches({
      saying: new Set(['says', 'says-often', 'tagged-says']),
      tagged: new Set(['tagged-says', 'tagged-only']),
      anywhere,
      punctuated: new Set(['punctuated']),
    });
    expect(order).toEqual(['tagged-says', 'says-often', 'says', 'punctuated', 'tagged-only']);
  });
  it('when no page can match, keeps all, by longest run, then score', () => {
    const order = orderMatches({ saying: new Set(), tagged: new Set(), anywhere, punctuated: new Set() });
    expect(order).toEqual(['says-often', 'says', 'tagged-says', 'partial', 'scattered']);
  });
});
