import { describe, expect, it } from 'vitest';
import { compact, pooledPrecision, resolveCaseKeys, scoreQuery } from './search-eval.ts';

const cases = [
  { id: 'beijing-x', source: '002.txt', title: '首都工会改革赢得职工群众广泛认同', kicker: null, subtitle: null },
  { id: 'fangshan-y', source: '002.txt', title: '房山“党工同步”激发基层工会组织活力', kicker: null, subtitle: null },
  {
    id: 'shunyi-z',
    source: '000.txt',
    title: '融入大党建 共下一盘棋',
    kicker: null,
    subtitle: '顺义大党建推动工会改革成效纪实',
  },
];

describe('resolveCaseKeys', () => {
  it('maps keys via source and any title fragment (title, kicker or subtitle)', () => {
    const map = resolveCaseKeys(
      {
        beijing: { source: '002.txt', titleAny: ['首都工会改革'] },
        shunyi: { source: '000.txt', titleAny: ['顺义大党建推动'] },
      },
      cases,
    );
    expect([...map]).toEqual([
      ['beijing', 'beijing-x'],
      ['shunyi', 'shunyi-z'],
    ]);
  });
  it('names every key that matches no case or several', () => {
    expect(() =>
      resolveCaseKeys({ a: { source: '002.txt', titleAny: ['工会'] }, b: { source: '9.txt', titleAny: ['x'] } }, cases),
    ).toThrow(/a: 2 个（beijing-x、fangshan-y）[\s\S]*b: 没有/);
  });
});

describe('scoreQuery', () => {
  it('recalls only within the first max(3, n) results', () => {
    expect(scoreQuery(['a'], ['x', 'y', 'a'], () => true).recalled).toBe(true);
    expect(scoreQuery(['a'], ['x', 'y', 'z', 'a'], () => true)).toMatchObject({ recalled: false, missing: ['a'] });
    expect(scoreQuery(['a', 'b', 'c', 'd'], ['x', 'a', 'b', 'c', 'd'], () => true).recalled).toBe(false);
  });
  it('judges at most five results', () => {
    const score = scoreQuery(['a'], ['a', 'b', 'c', 'd', 'e', 'f'], (id) => id !== 'b');
    expect(score).toMatchObject({ relevant: 4, judged: 5 });
  });
  it('pools precision over queries', () => {
    expect(
      pooledPrecision([scoreQuery([], ['a', 'b'], (id) => id === 'a'), scoreQuery([], ['c'], () => true)]),
    ).toBeCloseTo(2 / 3);
    expect(pooledPrecision([])).toBe(0);
  });
});

describe('compact', () => {
  it('removes layout whitespace only', () => {
    expect(compact('暖心 驿站\n84 个')).toBe('暖心驿站84个');
  });
});
