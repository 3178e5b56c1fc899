import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { passagesJsonSchema } from '../schemas/passage-file.ts';
import type { CaseData } from '../content-model/case.ts';
import { publishedPassageFile, successorPassageFile } from './passage-file.ts';

const data: CaseData = {
  id: 'shunyi-test',
  title: '融入大党建',
  kicker: null,
  subtitle: '顺义纪实',
  authors: ['张三'],
  authorUnits: [],
  region: 'shunyi',
  year: 2019,
  source: 'x.txt',
  words: 100,
  provenance: { publication: '工人日报', date: '2019-05-01', page: '3' },
  figures: [],
};
const body = [
  '<Heading id="h-one">一、**做法**</Heading>',
  '<P id="p-one" measures="party-building-leads-union">全区\\*共建 **84** 个工会。</P>',
  '<Turn id="t-one" speaker="记者" role="question">怎么做的？</Turn>',
].join('\n');
const file = publishedPassageFile({
  data,
  body,
  region: { name: '顺义区', city: '北京市', province: '北京市' } as never,
  measureName: (id) => (id === 'party-building-leads-union' ? '党建带工建' : id),
  aliases: { 'p-gone': 'p-one' },
  site: 'https://example.org/',
  accessed: '2026-12-01',
  archiveName: '工会改革案例库',
});

describe('publishedPassageFile', () => {
  it('holds each block’s text as the page shows it, its measures and the speaker', () => {
    expect(file.passages).toEqual([
      { anchor: 'h-one', kind: 'Heading', text: '一、做法', speaker: null, measures: [] },
      {
        anchor: 'p-one',
        kind: 'P',
        text: '全区*共建 84 个工会。',
        speaker: null,
        measures: ['party-building-leads-union'],
      },
      { anchor: 't-one', kind: 'Turn', text: '怎么做的？', speaker: '记者', measures: [] },
    ]);
    expect(file.measureNames).toEqual({ 'party-building-leads-union': '党建带工建' });
    expect(file.aliases).toEqual({ 'p-gone': 'p-one' });
  });

  it('carries the case’s GB/T 7714 citation and metadata', () => {
    expect(file.citation).toBe(
      '张三. 融入大党建: 顺义纪实[N/OL]. 工人日报, 2019-05-01(3)[2026-12-01]. https://example.org/cases/shunyi-test/.',
    );
    expect(file).toMatchObject({
      url: 'https://example.org/cases/shunyi-test/',
      region: '顺义区',
      province: '北京市',
      year: 2019,
    });
  });
});

describe('passages.schema.json', () => {
  const validate = new Ajv2020({ strict: false }).compile(
    passagesJsonSchema('https://example.org/data/passages.schema.json'),
  );

  it('accepts the three kinds of file', () => {
    for (const value of [
      file,
      successorPassageFile('old', { redirectTo: 'shunyi-test' }),
      successorPassageFile('gone', { withdrawn: { date: '2026-03-01', reason: '重复' } }),
    ])
      expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses a published file without its passages, and lets later versions add fields', () => {
    const { passages: _passages, ...withoutPassages } = file;
    expect(validate(withoutPassages)).toBe(false);
    expect(validate({ ...file, addedLater: 1 })).toBe(true);
  });
});
