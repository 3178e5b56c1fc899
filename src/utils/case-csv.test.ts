import { describe, expect, it } from 'vitest';
import { caseRecordSchema, type CaseRecord } from '../schemas/case-record.ts';
import { caseCsvColumns, casesCsv, casesCsvMetadata, figureCell } from './case-csv.ts';

const record: CaseRecord = {
  id: 'taizhou-sige-jiafa',
  url: 'https://example.org/cases/taizhou-sige-jiafa/',
  title: '做好“四个加法” 激发工会活力',
  kicker: '台州市总工会深化改革',
  subtitle: null,
  region: '台州市',
  city: '台州市',
  province: '浙江省',
  year: 2020,
  authors: ['李明', '王芳'],
  source: '003_ab84b35d2998df86.txt',
  measures: ['funding-guarantee', 'collective-bargaining'],
  figures: [
    { label: '发放奖励', value: '11.3', unit: '万元', text: '发放奖励11.3万元。', passage: 'p-a1b2c3' },
    {
      label: '开展集体协商的建会企业',
      value: '90.4',
      unit: '%',
      text: '90.4%的建会企业开展了集体协商。',
      passage: 'p-d4e5f6',
    },
  ],
};

describe('casesCsv', () => {
  it('leaves the place cells empty for a case whose region is unknown, every column kept', () => {
    const [header, row] = casesCsv([{ ...record, region: null, city: null, province: null }])
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(row?.split(',').length).toBe(header?.split(',').length);
    expect(row).toContain(',台州市总工会深化改革,,,,,2020,');
  });

  it('writes Chinese headers and one row per case, lists joined with ；', () => {
    const [header, row, end] = casesCsv([record])
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(header).toBe('编号,网址,标题,引题,副题,地区,城市,省份,年份,作者,原始文件,改革举措,关键数据');
    expect(row).toBe(
      'taizhou-sige-jiafa,https://example.org/cases/taizhou-sige-jiafa/,做好“四个加法” 激发工会活力,台州市总工会深化改革,,' +
        '台州市,台州市,浙江省,2020,李明；王芳,003_ab84b35d2998df86.txt,funding-guarantee；collective-bargaining,' +
        '发放奖励：11.3万元；开展集体协商的建会企业：90.4%',
    );
    expect(end).toBe('');
  });

  it('writes a figure as “指标：数值单位”', () => {
    expect(figureCell({ label: '新建独立企业工会', value: '84', unit: '个', text: '', passage: '' })).toBe(
      '新建独立企业工会：84个',
    );
  });
});

describe('caseCsvColumns', () => {
  it('has a column for every field of cases.json, in the same order', () => {
    expect(caseCsvColumns.map((column) => column.field)).toEqual(Object.keys(caseRecordSchema.shape));
  });
});

describe('casesCsvMetadata', () => {
  it('describes each column with its header and list separator', () => {
    const metadata = casesCsvMetadata('https://example.org/data/cases.csv') as {
      url: string;
      tableSchema: { columns: Array<{ name: string; titles: string; separator?: string }> };
    };
    expect(metadata.url).toBe('https://example.org/data/cases.csv');
    const authors = metadata.tableSchema.columns.find((column) => column.name === 'authors');
    expect(authors).toMatchObject({ titles: '作者', separator: '；' });
    expect(metadata.tableSchema.columns.find((column) => column.name === 'title')?.separator).toBeUndefined();
  });
});
