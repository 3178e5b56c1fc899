import { describe, expect, it } from 'vitest';
import { buildMeasureIndex, shortened, type IndexedCase } from './measure-index.ts';

const figure = {
  label: '新建独立企业工会',
  value: '84',
  unit: '个',
  text: '全区新建独立企业工会84个。',
  passage: 'p-2',
};
const cases: IndexedCase[] = [
  {
    id: 'shunyi-a',
    title: '融入大党建',
    region: 'shunyi',
    year: 2019,
    figures: [figure],
    body: [
      '<P id="p-1" measures="party">将非公建会纳入“大党建”考核。</P>',
      '<P id="p-2" measures="party founding">全区新建独立企业工会84个。</P>',
      '<P id="p-3">没有标注的段落。</P>',
    ].join('\n'),
  },
  {
    id: 'taizhou-a',
    title: '四个加法',
    region: 'taizhou',
    year: 2019,
    figures: [],
    body: '<P id="p-9" measures="founding">集中建会。</P>',
  },
  {
    id: 'shunyi-b',
    title: '以党建为引领',
    region: 'shunyi',
    year: 2018,
    figures: [],
    body: '<P id="p-5" measures="founding">试点。</P>',
  },
];

describe('buildMeasureIndex', () => {
  const index = buildMeasureIndex(cases, ['party', 'founding', 'unused'], ['taizhou', 'shunyi']);

  it('lists each practising case with its passages, in the given case order', () => {
    expect(index.get('founding')?.cases.map((c) => [c.caseId, c.passages.map((p) => p.id)])).toEqual([
      ['shunyi-a', ['p-2']],
      ['taizhou-a', ['p-9']],
      ['shunyi-b', ['p-5']],
    ]);
    expect(index.get('party')?.passageCount).toBe(2);
  });

  it('groups by region in the given region order, counting passages', () => {
    expect(
      index.get('founding')?.byRegion.map((group) => [group.region, group.cases.length, group.passageCount]),
    ).toEqual([
      ['taizhou', 1, 1],
      ['shunyi', 2, 2],
    ]);
  });

  it('groups the cases whose region is unknown last, under region null', () => {
    const unknown: IndexedCase = { ...cases[1]!, id: 'anli', region: null };
    const grouped = buildMeasureIndex([unknown, ...cases], ['founding'], ['taizhou', 'shunyi']);
    expect(grouped.get('founding')?.byRegion.map((group) => [group.region, group.cases.length])).toEqual([
      ['taizhou', 1],
      ['shunyi', 2],
      [null, 1],
    ]);
  });

  it('collects the key figures standing in practising passages', () => {
    expect(index.get('founding')?.figures).toEqual([{ ...figure, caseId: 'shunyi-a', caseTitle: '融入大党建' }]);
    expect(index.get('party')?.figures.map((f) => f.value)).toEqual(['84']);
  });

  it('counts measures co-occurring in the same cases', () => {
    expect(index.get('party')?.cooccurring).toEqual([{ id: 'founding', cases: 1 }]);
    expect(index.get('founding')?.cooccurring).toEqual([{ id: 'party', cases: 1 }]);
  });

  it('keeps unpractised measures, empty', () => {
    expect(index.get('unused')).toMatchObject({ cases: [], byRegion: [], passageCount: 0 });
  });
});

describe('shortened', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    expect(shortened('短句。', 5)).toBe('短句。');
    expect(shortened('一二三四五六', 5)).toBe('一二三四五…');
  });
});
