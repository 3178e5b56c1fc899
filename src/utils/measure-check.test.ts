import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../content-model/front-matter.ts';
import { parsePassages } from '../content-model/passages.ts';
import { findUnknownMeasures, unknownMeasuresMessage } from './measure-check.ts';

const validIds = new Set(['party-building-leads-union', 'dual-communication', 'service-venues']);
const frontMatter = '---\nid: shunyi-test\ntitle: 测试\nregion: shunyi\n---\n';
const body = [
  '',
  '<Heading id="h-1">以党建为引领</Heading>',
  '',
  '<P id="p-a" measures="party-building-leads-union">……</P>',
  '',
  '<P id="p-b" measures="dual-communication party-building">……</P>',
  '',
  '<Turn id="p-c" speaker="记者" role="question" measures="warm-station">……</Turn>',
].join('\n');
const source = frontMatter + body;
const parts = splitFrontMatter(source)!;
const passages = parsePassages(parts.body, parts.bodyLine);

describe('findUnknownMeasures', () => {
  it('names the file line of each unknown id, counting the front matter', () => {
    expect(findUnknownMeasures('content/cases/shunyi-test.mdx', passages, validIds)).toEqual([
      { file: 'content/cases/shunyi-test.mdx', line: 11, passage: 'p-b', id: 'party-building' },
      { file: 'content/cases/shunyi-test.mdx', line: 13, passage: 'p-c', id: 'warm-station' },
    ]);
    expect(source.split('\n')[10]).toContain('party-building"');
  });

  it('finds nothing when every id is known', () => {
    expect(findUnknownMeasures('x.mdx', passages, new Set([...validIds, 'party-building', 'warm-station']))).toEqual(
      [],
    );
  });
});

describe('unknownMeasuresMessage', () => {
  it('lists each place, the fix and the valid ids', () => {
    const message = unknownMeasuresMessage(
      findUnknownMeasures('content/cases/shunyi-test.mdx', passages, validIds),
      validIds,
    );
    expect(message).toBe(
      [
        '案例文件中有 2 处未知的改革举措 id：',
        '  content/cases/shunyi-test.mdx:11 段落 p-b：举措 id “party-building” 不存在',
        '  content/cases/shunyi-test.mdx:13 段落 p-c：举措 id “warm-station” 不存在',
        '修改方法：把 measures="…" 里的 id 改成下列之一（多个 id 用空格分隔），或在 content/measures/ 中新增这项举措（见 content/measures/README.md）。',
        '有效的举措 id：dual-communication party-building-leads-union service-venues',
      ].join('\n'),
    );
  });
});
