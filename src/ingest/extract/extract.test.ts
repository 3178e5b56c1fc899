import { describe, expect, it } from 'vitest';
import { gazetteer } from '../testing.ts';
import type { Block } from '../types.ts';
import { authorUnitsOf, authorsOf } from './byline.ts';
import { extractFigures } from './figures.ts';
import { resolveRegion } from './region.ts';
import { latestYear } from './year.ts';

const block = (text: string): Block => ({ kind: 'byline', text, from: 1, to: 1, gapBefore: 1, gapAfter: 1 });

describe('bylines', () => {
  it('reads authors from the three byline styles of the sources', () => {
    expect(authorsOf([block('□本报记者 张江艳')])).toEqual(['张江艳']);
    expect(authorsOf([block('■黄海虹、王慧')])).toEqual(['黄海虹', '王慧']);
    expect(authorsOf([block('文/金佳 何君林')])).toEqual(['金佳', '何君林']);
    expect(authorUnitsOf([block('（作者单位：台州市总工会）')])).toEqual(['台州市总工会']);
  });
});

describe('region', () => {
  const found = (head: string, body: string) => {
    const match = resolveRegion({ head, body }, gazetteer);
    return match.status === 'found' ? `${match.division.province}/${match.division.name}` : match.status;
  };

  it('finds the place an article is about', () => {
    expect(found('融入大党建 共下一盘棋', '顺义区总工会……北京市温暖基金会……顺义区委')).toBe('北京市/顺义区');
    expect(found('以“四个加法”推进台州基层工会改革', '台州市总工会……玉环市……温岭')).toBe('浙江省/台州市');
    expect(found('打通服务职工群众“最后一公里”', '两江新区总工会……重庆市职工之家')).toBe('重庆市/两江新区');
    expect(found('泰州工会', '泰州市总工会')).toBe('江苏省/泰州市');
  });

  it('settles a shared name (城关区) from context, else reports it', () => {
    expect(found('城关区工会', '拉萨市城关区总工会')).toBe('西藏自治区/城关区');
    const ambiguous = resolveRegion({ head: '城关区工会改革', body: '城关区总工会推进改革。' }, gazetteer);
    expect(ambiguous.status).toBe('ambiguous');
    expect(ambiguous.status === 'ambiguous' && ambiguous.candidates.length).toBeGreaterThan(1);
  });

  it('reports a bare 我市 instead of guessing', () => {
    expect(resolveRegion({ head: '工会改革', body: '我市总工会深入推进改革。' }, gazetteer)).toEqual({ status: 'unknown', reason: '文中只说“我市”，没有写出地名' });
  });

  it('reads Traditional characters', () => {
    expect(found('兩江新區', '兩江新區總工會')).toBe('重庆市/两江新区');
  });
});

describe('year', () => {
  it('is the latest year the text reports, or null', () => {
    expect(latestYear(['2017年，顺义……', '《方案（2017年—2019年）》', '2018年以来'])).toBe(2019);
    expect(latestYear(['7月19日召开推进会', '电话12351'])).toBeNull();
  });
});

describe('figures', () => {
  const figures = (text: string) => extractFigures([{ text }]).figures.map(({ label, value, unit }) => `${label} ${value}${unit}`);

  it('reads number, unit and what is counted (000, 002)', () => {
    expect(figures('截至目前，全区新建独立企业工会84个，包括百人以上新建建会企业39个，比上一年度增长27%。')).toEqual([
      '全区新建独立企业工会 84个',
      '百人以上新建建会企业 39个',
      '比上一年度增长 27%',
    ]);
    expect(figures('北京全市90.4%的建会企业开展了集体协商。')).toEqual(['建会企业开展了集体协商 90.4%']);
    expect(figures('劳模先进和基层一线职工比例分别提高到60%、40%、20%以上。')).toEqual([
      '劳模先进和基层一线职工比例 60%',
      '劳模先进和基层一线职工比例 40%',
      '劳模先进和基层一线职工比例 20%',
    ]);
  });

  it('after a verb, counts what follows the number (004, 002)', () => {
    expect(figures('第一批招募21名工会社会化工作者，北京共召开1714场企业沟通会和870场职工沟通会。')).toEqual([
      '工会社会化工作者 21名',
      '企业沟通会 1714场',
      '职工沟通会 870场',
    ]);
  });

  it('keeps the sentence and skips dates', () => {
    const [figure] = extractFigures([{ text: '2018年11月，年内完成设站512家。' }]).figures;
    expect(figure).toMatchObject({ value: '512', unit: '家', text: '2018年11月，年内完成设站512家。', block: 0 });
  });
});
