import { describe, expect, it } from 'vitest';
import { parsePassages } from '../../content-model/passages.ts';
import type { Block } from '../types.ts';
import { assignAnchors } from './anchors.ts';
import { newCaseId } from './case-id.ts';
import { renderCase, type CaseFrontMatter } from './mdx.ts';
import { regionFor } from './regions.ts';
import { gazetteer } from '../testing.ts';
import { stripFrontMatter } from '../../content-model/front-matter.ts';

const block = (kind: Block['kind'], text: string, extra: Partial<Block> = {}): Block => ({
  kind,
  text,
  from: 1,
  to: 1,
  gapBefore: 1,
  gapAfter: 1,
  ...extra,
});
const frontMatter: CaseFrontMatter = {
  id: 'shunyi-rongru-dadangjian',
  title: '融入大党建 共下一盘棋',
  kicker: null,
  subtitle: null,
  authors: ['张江艳'],
  authorUnits: [],
  region: 'shunyi',
  year: 2019,
  source: '000.txt',
  words: 10,
  provenance: {},
  figures: [],
};

describe('anchors', () => {
  it('hash the text, not the position: inserting a block moves no other anchor', () => {
    const before = assignAnchors([
      { prefix: 'p', text: '甲' },
      { prefix: 'p', text: '乙' },
    ]);
    const after = assignAnchors([
      { prefix: 'h', text: '新小标题' },
      { prefix: 'p', text: '甲' },
      { prefix: 'p', text: '乙' },
    ]);
    expect(after.slice(1)).toEqual(before);
    expect(before[0]).toMatch(/^p-[0-9a-z]{6}$/);
  });

  it('stay unique for repeated texts and reuse the ids of unchanged blocks', () => {
    const ids = assignAnchors([
      { prefix: 'c', text: '职工叉车技能大赛' },
      { prefix: 'c', text: '职工叉车技能大赛' },
    ]);
    expect(new Set(ids).size).toBe(2);
    expect(assignAnchors([{ prefix: 'p', text: '甲' }], new Map([['p|甲', 'p-keep01']]))).toEqual(['p-keep01']);
  });
});

describe('renderCase', () => {
  it('writes one component per line that parsePassages reads back exactly', () => {
    const blocks = [
      block('heading', '【对话】'),
      block('paragraph', '打开“北京工会12351”手机APP{1+1}<b>*_`\\&~|[x]'),
      block('turn', '李慧哲：在“大党建”工作中……', { speaker: '李慧哲', role: 'answer' }),
      block('caption', '职工叉车技能大赛'),
      block('credit', '凌云施工 通讯员胡江丰 摄'),
    ];
    const ids = ['h-aaaaaa', 'p-bbbbbb', 'p-cccccc', 'c-dddddd', 'c-eeeeee'];
    const mdx = renderCase(
      frontMatter,
      blocks.map((item, index) => ({ block: item, id: ids[index] ?? '', measures: index === 1 ? ['a-b', 'c'] : [] })),
    );
    const body = stripFrontMatter(mdx);
    const passages = parsePassages(body);
    expect(passages.map((passage) => [passage.kind, passage.id, passage.text, passage.measures])).toEqual([
      ['Heading', 'h-aaaaaa', '【对话】', []],
      ['P', 'p-bbbbbb', '打开“北京工会12351”手机APP{1+1}<b>*_`\\&~|[x]', ['a-b', 'c']],
      ['Turn', 'p-cccccc', '李慧哲：在“大党建”工作中……', []],
      ['Caption', 'c-dddddd', '职工叉车技能大赛', []],
      ['Credit', 'c-eeeeee', '凌云施工 通讯员胡江丰 摄', []],
    ]);
    expect(passages[2]?.attributes).toEqual({ speaker: '李慧哲', role: 'answer' });
    expect(body).toContain('<P id="p-bbbbbb" measures="a-b c">');
    expect(body.split('\n\n')).toHaveLength(blocks.length);
  });
});

describe('ids', () => {
  const division = (name: string) => gazetteer.find((entry) => entry.name === name);

  it('case ids: region + a short title slug', () => {
    expect(newCaseId('shunyi', division('顺义区') ?? null, '融入大党建 共下一盘棋')).toBe('shunyi-rongru-dadangjian');
    // An unknown region leaves no placeholder (weizhi-…) in a permanent id.
    expect(newCaseId(null, null, '某县总工会开展送温暖活动')).not.toMatch(/weizhi/);
    expect(newCaseId(null, null, '某县总工会开展送温暖活动')).toMatch(/^[a-z0-9-]+$/);
    // Without a region first, the union's own name would make most such ids alike.
    expect(newCaseId(null, null, '县总工会开展“送温暖”活动')).not.toBe(newCaseId(null, null, '县总工会建成10个驿站'));
    expect(newCaseId(null, null, '县总工会开展“送温暖”活动')).not.toMatch(/gonghui/);
    expect(newCaseId('taizhou', division('台州市') ?? null, '以“四个加法”推进台州基层工会改革')).toBe(
      'taizhou-sige-jiafa',
    );
  });

  it('region ids: pinyin, kept when present, disambiguated on collision (台州 / 泰州)', () => {
    const taizhou = regionFor(division('台州市')!, []);
    expect(taizhou.entry).toEqual({
      id: 'taizhou',
      name: '台州市',
      level: 'city',
      province: '浙江省',
      city: '台州市',
      code: '331000',
    });
    const other = regionFor(division('泰州市')!, [taizhou.entry]);
    expect(other.entry.id).toBe('taizhou-jiangsu');
    expect(regionFor(division('台州市')!, [{ ...taizhou.entry, id: 'tz' }])).toEqual({
      entry: { ...taizhou.entry, id: 'tz' },
      isNew: false,
    });
  });
});
