import { describe, expect, it } from 'vitest';
import {
  compact,
  isNarrowerTerm,
  pooledPrecision,
  relevanceJudge,
  resolveCaseKeys,
  says,
  scoreQuery,
} from './search-eval.ts';

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

describe('relevanceJudge', () => {
  const measures = [
    {
      name: '职工之家与暖心驿站等服务阵地',
      aliases: ['服务阵地', '母婴关爱室'],
      synonyms: ['服务阵地'],
      narrower: ['母婴关爱室'],
      cases: [{ id: 'tagged' }],
    },
  ];
  const relevant = relevanceJudge(measures);
  it('counts a case whose text says the query, punctuation and spaces aside', () => {
    expect(relevant('母婴关爱室', 'other', '建成母婴 关爱室 12 个')).toBe(true);
    expect(says('推广“三补贴”“三挂钩”经验', '三补贴三挂钩')).toBe(true);
    expect(says('三补贴和三个挂钩', '三补贴三挂钩')).toBe(false);
    expect(says('建成职工暖心驿站', '暖心驛站')).toBe(true);
  });
  it('counts a case tagged with a measure whose name or synonym is the query, never through a narrower term', () => {
    expect(relevant('服务阵地', 'tagged', '建设职工之家')).toBe(true);
    expect(relevant('职工之家与暖心驿站等服务阵地', 'tagged', '建设职工之家')).toBe(true);
    expect(relevant('母婴关爱室', 'tagged', '建设职工之家')).toBe(false);
    expect(relevant('服务阵地', 'untagged', '建设职工之家')).toBe(false);
  });
  it('tells narrower terms apart', () => {
    expect(isNarrowerTerm(measures, '母婴关爱室')).toBe(true);
    expect(isNarrowerTerm(measures, '服务阵地')).toBe(false);
  });
});
