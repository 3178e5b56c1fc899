import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/content-model/case.ts';
import { measureDataSchema } from '../../src/content-model/measure.ts';
import type { ArchiveContent } from './archive-content.ts';
import { contentSearchPages } from './searchable-content.ts';

const body = [
  '<Heading id="h-1">一、**党建**引领</Heading>',
  '<P id="p-1" measures="service-venues">建成暖心驿站 &lt;12&gt; 家 & 更多。</P>',
  '<Turn id="q-1" speaker="记者" role="question">记者：怎么做的？</Turn>',
  '<Caption id="c-1">驿站一角</Caption>',
  '<Credit id="k-1">通讯员 摄</Credit>',
].join('\n');

const content: ArchiveContent = {
  cases: [
    {
      id: 'demo-case',
      data: caseSchema.parse({
        id: 'demo-case',
        title: '标题 <b> & “引号”',
        kicker: '引题',
        subtitle: '副题',
        region: 'demo',
        year: 2024,
        source: 'a.txt',
        words: 30,
      }),
      body,
    },
  ],
  regionById: new Map([['demo', { name: '示范区', province: '示范省' } as never]]),
  measures: [
    {
      id: 'service-venues',
      data: measureDataSchema.parse({
        name: '服务阵地',
        category: 'services',
        definition: '职工之家、暖心驿站等为职工提供休息和服务的固定场所，由工会建设和管理。',
        aliases: ['暖心驿站'],
        synonyms: ['暖心驿站'],
        narrower: ['爱心驿站'],
      }),
    },
  ],
  categoryName: (id) => (id === 'services' ? '服务职工' : id),
  aliases: { 'demo-case': { 'p-old': 'p-1' } },
};

describe('contentSearchPages', () => {
  it('gives each case and measure page its indexed text as written, its anchors and its search fields', async () => {
    const [casePage, measurePage] = await contentSearchPages(content);
    expect(casePage!.file).toBe('cases/demo-case/index.html');
    expect(casePage!.text.split('\n')).toEqual([
      '引题',
      '标题 <b> & “引号”',
      '——副题',
      '一、',
      '党建',
      '引领',
      '建成暖心驿站 <12> 家 & 更多。',
      '记者：',
      '怎么做的？',
      '图片说明：',
      '▲',
      '驿站一角',
      '图片来源：',
      '通讯员 摄',
    ]);
    for (const id of ['h-1', 'p-1', 'p-old', 'q-1', 'c-1', 'k-1']) expect(casePage!.html).toContain(`id="${id}"`);
    // Filters, then meta (search-fields.ts).
    expect(casePage!.meta).toEqual([
      ...['case', '示范区', '示范省', '2024', '服务阵地', 'service-venues=p-1'],
      ...['case', '标题 <b> & “引号”', '示范区', '2024', '服务阵地 | 暖心驿站'],
    ]);
    expect(measurePage!.file).toBe('measures/service-venues/index.html');
    expect(measurePage!.text).toBe(
      '服务阵地\n类别：服务职工\n · 也称：暖心驿站\n · 具体形式如：爱心驿站\n' + content.measures[0]!.data.definition,
    );
    expect(measurePage!.meta).toEqual(['measure', 'measure', '服务阵地', '服务阵地 | 暖心驿站']);
  });
});
