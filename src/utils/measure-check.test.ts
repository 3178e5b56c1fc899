import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertKnownMeasures, findUnknownMeasures, unknownMeasuresMessage } from './measure-check.ts';

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

describe('findUnknownMeasures', () => {
  it('names the file line of each unknown id, counting the front matter', () => {
    expect(findUnknownMeasures('content/cases/shunyi-test.mdx', source, body, validIds)).toEqual([
      { file: 'content/cases/shunyi-test.mdx', line: 11, passage: 'p-b', id: 'party-building' },
      { file: 'content/cases/shunyi-test.mdx', line: 13, passage: 'p-c', id: 'warm-station' },
    ]);
    expect(source.split('\n')[10]).toContain('party-building"');
  });

  it('finds nothing when every id is known', () => {
    expect(
      findUnknownMeasures('x.mdx', source, body, new Set([...validIds, 'party-building', 'warm-station'])),
    ).toEqual([]);
  });
});

describe('unknownMeasuresMessage', () => {
  it('lists each place, the fix and the valid ids', () => {
    const message = unknownMeasuresMessage(
      findUnknownMeasures('content/cases/shunyi-test.mdx', source, body, validIds),
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

describe('assertKnownMeasures', () => {
  it('reads the file for line numbers and throws the message', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'measure-check-')), 'shunyi-test.mdx');
    writeFileSync(file, source);
    expect(() => assertKnownMeasures([{ id: 'shunyi-test', body, filePath: file }], validIds)).toThrow(
      `${file}:11 段落 p-b：举措 id “party-building” 不存在`,
    );
    expect(() =>
      assertKnownMeasures(
        [{ id: 'shunyi-test', body, filePath: file }],
        new Set([...validIds, 'party-building', 'warm-station']),
      ),
    ).not.toThrow();
  });
});
