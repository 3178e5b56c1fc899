import { describe, expect, it } from 'vitest';
import { escapeMdxText } from './mdx-text.ts';
import { parsePassages } from './passages.ts';

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

  it('ignores lines that are not block components', () => {
    expect(parsePassages('普通的一行\n<Unknown id="x">文字</Unknown>')).toEqual([]);
  });
});
