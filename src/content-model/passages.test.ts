import { describe, expect, it } from 'vitest';
import { escapeMdxText } from './mdx-text.ts';
import { parsePassages, strayLines } from './passages.ts';

describe('parsePassages', () => {
  const body = [
    '',
    '<Heading id="h-2m9d1c">以党建为引领</Heading>',
    '',
    `<P id="p-7f3k2a" measures="party-building non-public-enterprises">${escapeMdxText('打开“北京工会12351”手机APP{1+1}<b>')}</P>`,
    '',
    '<Turn id="p-9d2kq1" speaker="记者" role="question">**问**：工会改革有哪些亮点？</Turn>',
  ].join('\n');

  it('reads kind, id, measures, attributes and line of each block', () => {
    const passages = parsePassages(body, 10);
    expect(passages.map((passage) => [passage.kind, passage.id, passage.line])).toEqual([
      ['Heading', 'h-2m9d1c', 11],
      ['P', 'p-7f3k2a', 13],
      ['Turn', 'p-9d2kq1', 15],
    ]);
    expect(passages[1]?.measures).toEqual(['party-building', 'non-public-enterprises']);
    expect(passages[2]?.attributes).toEqual({ speaker: '记者', role: 'question' });
  });

  it('returns the literal text: escapes and emphasis markers removed', () => {
    const passages = parsePassages(body);
    expect(passages[1]?.text).toBe('打开“北京工会12351”手机APP{1+1}<b>');
    expect(passages[2]?.text).toBe('问：工会改革有哪些亮点？');
  });

  it('keeps the content as written for rendering', () => {
    const passages = parsePassages(body);
    expect(passages[1]?.markdown).toBe('打开“北京工会12351”手机APP\\{1+1\\}\\<b\\>');
    expect(passages[2]?.markdown).toBe('**问**：工会改革有哪些亮点？');
  });

  it('ignores lines that are not block components', () => {
    expect(parsePassages('普通的一行\n<Unknown id="x">文字</Unknown>')).toEqual([]);
  });
});

describe('strayLines', () => {
  it('finds text outside block components, with its file line', () => {
    const stray = strayLines(['', '<P id="p-1">正文。</P>', '编辑手写的一段话', '- 一个列表项', '  '].join('\n'), 8);
    expect(stray).toEqual([
      { line: 10, text: '编辑手写的一段话' },
      { line: 11, text: '- 一个列表项' },
    ]);
  });

  it('accepts a body made only of blocks and blank lines', () => {
    expect(strayLines('\n<Heading id="h-1">标题</Heading>\n\n<P id="p-1">正文。</P>\n')).toEqual([]);
  });
});
