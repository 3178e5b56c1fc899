import { describe, expect, it } from 'vitest';
import { countPagePairs, mostFrequent, pagePairs } from './frequent-pairs.ts';

describe('pagePairs', () => {
  it('collects each pair of the page text once, not across text nodes', () => {
    const text = '工会工作者\n职工之家，工会';
    expect([...pagePairs(text)].sort()).toEqual(['之家', '工会', '工作', '会工', '作者', '职工', '工之'].sort());
  });
});

describe('mostFrequent', () => {
  it('ranks pairs by the number of pages holding them', () => {
    const counts = new Map<string, number>();
    countPagePairs(counts, '工会工会工会');
    countPagePairs(counts, '工会职工');
    countPagePairs(counts, '技能大赛职工');
    countPagePairs(counts, '工会');
    expect(mostFrequent(counts, 2)).toEqual(['工会', '职工']);
    expect(counts.get('工会')).toBe(3);
    expect(mostFrequent(counts, 100)).toHaveLength(8);
  });
});
