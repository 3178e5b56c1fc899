import { describe, expect, it } from 'vitest';
import type { CaseData } from '../content-model/case.ts';
import type { RegionData } from '../content-model/region.ts';
import { caseMeasures, caseUrl, toCaseRecord } from './case-record.ts';

const body = [
  '<Heading id="h-2m9d1c">以党建为引领</Heading>',
  '',
  '<P id="p-k3j9x2" measures="party-building-leads-union">全年新建独立企业工会84个。</P>',
  '',
  '<Turn id="p-9d2kq1" speaker="记者" role="question">问话……</Turn>',
  '',
  '<P id="p-7f3k2a" measures="non-public-enterprise-unions party-building-leads-union">正文一段。</P>',
].join('\n');

const data: CaseData = {
  id: 'shunyi-rongru-dadangjian',
  title: '融入大党建 共下一盘棋',
  kicker: null,
  subtitle: '顺义大党建推动工会改革成效纪实',
  authors: ['张江艳'],
  authorUnits: [],
  region: 'shunyi',
  year: 2019,
  source: '000_f9178d58492767ee.txt',
  words: 4321,
  provenance: {},
  figures: [
    { label: '新建独立企业工会', value: '84', unit: '个', text: '全年新建独立企业工会84个。', passage: 'p-k3j9x2' },
  ],
};

const regions = new Map<string, RegionData>([
  ['shunyi', { name: '顺义区', level: 'district', province: '北京市', city: '北京市', code: '110113' }],
  ['beijing', { name: '北京市', level: 'province', province: '北京市', city: null, code: '110000' }],
]);

describe('caseMeasures', () => {
  it('lists each tagged measure once, in order of first appearance', () => {
    expect(caseMeasures(body)).toEqual(['party-building-leads-union', 'non-public-enterprise-unions']);
  });

  it('is empty for an untagged or missing body', () => {
    expect(caseMeasures('<P id="p-1">无标注</P>')).toEqual([]);
    expect(caseMeasures('')).toEqual([]);
  });
});

describe('toCaseRecord', () => {
  it('builds the public record with absolute URL, place names and derived measures', () => {
    expect(
      toCaseRecord({ data, measures: caseMeasures(body) }, regions.get('shunyi') ?? null, 'https://example.org/'),
    ).toEqual({
      id: 'shunyi-rongru-dadangjian',
      url: 'https://example.org/cases/shunyi-rongru-dadangjian/',
      title: '融入大党建 共下一盘棋',
      kicker: null,
      subtitle: '顺义大党建推动工会改革成效纪实',
      region: '顺义区',
      city: '北京市',
      province: '北京市',
      year: 2019,
      authors: ['张江艳'],
      source: '000_f9178d58492767ee.txt',
      measures: ['party-building-leads-union', 'non-public-enterprise-unions'],
      figures: [
        { label: '新建独立企业工会', value: '84', unit: '个', text: '全年新建独立企业工会84个。', passage: 'p-k3j9x2' },
      ],
    });
  });

  it('gives null for a city that does not apply (a province-level region)', () => {
    const record = toCaseRecord(
      { data: { ...data, region: 'beijing' }, measures: caseMeasures(body) },
      regions.get('beijing') ?? null,
      'https://example.org/',
    );
    expect([record.region, record.city, record.province]).toEqual(['北京市', null, '北京市']);
  });

  it('keeps every field, region, city and province null, for a case whose region is unknown', () => {
    const record = toCaseRecord(
      { data: { ...data, region: null }, measures: caseMeasures(body) },
      null,
      'https://example.org/',
    );
    expect(Object.keys(record)).toEqual(
      Object.keys(
        toCaseRecord({ data, measures: caseMeasures(body) }, regions.get('shunyi') ?? null, 'https://example.org/'),
      ),
    );
    expect([record.region, record.city, record.province]).toEqual([null, null, null]);
  });

  it('builds case URLs from the site setting', () => {
    expect(caseUrl('a-b', new URL('https://gonghui.example.gov.cn/'))).toBe(
      'https://gonghui.example.gov.cn/cases/a-b/',
    );
  });
});
