import { describe, expect, it } from 'vitest';
import { longestBrokenRun, longestRun, orderMatches, phrasePositions } from './candidates.ts';
import { bigramText } from './pairs.ts';

/** Word positions of `pairs` in a text as the pair index holds it (one position per word). */
function positionsOf(text: string, pairs: string[]): number[] {
  return bigramText(text)
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

describe('longestBrokenRun', () => {
  it('lets punctuation inside the term take one position (“三补贴”“三挂钩”)', () => {
    const pairs = ['三补', '补贴', '三挂', '挂钩'];
    const written = positionsOf('“三补贴”“三挂钩”等改革', pairs);
    expect(longestRun(written)).toBe(2);
    expect(longestBrokenRun(written)).toBe(4);
  });
  it('allows one skip only', () => {
    expect(longestBrokenRun([1, 3, 5])).toBe(2);
    expect(longestBrokenRun([1, 2, 4, 5, 7, 8])).toBe(4);
    expect(longestBrokenRun([4])).toBe(1);
    expect(longestBrokenRun([])).toBe(0);
  });
});

describe('phrasePositions', () => {
  it('keeps the positions of whole occurrences only', () => {
    const words = positionsOf('暖心驿站建成后，暖心服务进驿站，暖心驿站又添新站', ['暖心', '心驿', '驿站']);
    const kept = phrasePositions(words, 3);
    expect(kept).toHaveLength(6);
    expect(words.filter((word) => !kept.includes(word))).toHaveLength(words.length - 6);
    expect(phrasePositions([1, 2, 7], 0)).toEqual([1, 2, 7]);
  });
});

describe('orderMatches', () => {
  const loose = [
    { id: 'scattered', score: 9, words: [1, 5, 9] },
    { id: 'partial', score: 2, words: [3, 4, 8] },
    { id: 'says', score: 4, words: [10, 11, 12] },
    { id: 'says-often', score: 6, words: [1, 2, 3, 20, 21, 22] },
    { id: 'tagged-says', score: 1, words: [7, 8, 9] },
  ];
  it('puts pages saying the term first (tagged ones before), then with punctuation inside, then tagged, then by run', () => {
    const order = orderMatches({
      exact: new Set(['says', 'says-often', 'tagged-says']),
      tagged: new Set(['tagged-says', 'tagged-only']),
      loose,
      broken: [{ id: 'punctuated', score: 0, words: [30, 31, 33] }],
      phraseLength: 3,
    });
    expect(order).toEqual(['tagged-says', 'says-often', 'says', 'punctuated', 'tagged-only']);
  });
  it('without an exact search (84个), a full run of positions still comes first', () => {
    const order = orderMatches({ exact: new Set(), tagged: new Set(), loose, broken: [], phraseLength: 3 });
    expect(order).toEqual(['says-often', 'says', 'tagged-says']);
  });
  it('when no page can match, keeps all, by longest run, then score', () => {
    const order = orderMatches({ exact: new Set(), tagged: new Set(), loose, broken: [], phraseLength: 4 });
    expect(order).toEqual(['says-often', 'says', 'tagged-says', 'partial', 'scattered']);
  });
});
