import { describe, expect, it } from 'vitest';
import { countPagePairs, mostFrequent, pagePairs } from './frequent-pairs.ts';

describe('pagePairs', () => {
  it('collects each pair of the page text once, not of its tags or attributes', () => {
    const html = '<p title="标题">工会工作者</p><h2>职工之家，工会</h2>';
    expect([...pagePairs(html)].sort()).toEqual(['之家', '工会', '工作', '会工', '作者', '职工', '工之'].sort());
  });
});

describe('mostFrequent', () => {
  it('ranks pairs by the number of pages holding them', () => {
    const counts = new Map<string, number>();
    countPagePairs(counts, '<p>工会工会工会</p>');
    countPagePairs(counts, '<p>工会职工</p>');
    countPagePairs(counts, '<p>技能大赛职工</p>');
    countPagePairs(counts, '<p>工会</p>');
    expect(mostFrequent(counts, 2)).toEqual(['工会', '职工']);
    expect(counts.get('工会')).toBe(3);
    expect(mostFrequent(counts, 100)).toHaveLength(8);
  });
});
