import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCaseFile, readCaseFiles } from './case-file.ts';

const head = '---\nid: shunyi-rongru-dadangjian\ntitle: 融入大党建 共下一盘棋\n---\n';

describe('readCaseFile', () => {
  it('returns id, fields and the body with its first line', () => {
    const read = readCaseFile(`${head}\n<P id="p-7f3k2a">全年新建独立企业工会84个。</P>\n`, 'x.mdx');
    expect(read).toEqual({
      id: 'shunyi-rongru-dadangjian',
      fields: { id: 'shunyi-rongru-dadangjian', title: '融入大党建 共下一盘棋' },
      body: '\n<P id="p-7f3k2a">全年新建独立企业工会84个。</P>\n',
      bodyLine: 5,
    });
  });

  it('takes the id from the file name when the front matter has none', () => {
    const read = readCaseFile('---\ntitle: 标题\n---\n', 'taizhou-sige-jiafa.mdx');
    expect('id' in read && read.id).toBe('taizhou-sige-jiafa');
  });

  it('names the line of a broken front matter field', () => {
    const read = readCaseFile('---\nid: a\nauthors: [张江艳\n---\n', 'a.mdx');
    expect(read).toEqual({ problems: [{ line: 3, message: expect.stringMatching(/^字段 authors 不是有效的 YAML/) }] });
  });

  it('refuses text that would not show on the page, with a shortened quote', () => {
    const read = readCaseFile(`${head}\n顺义区总工会以党建带工建为主线，推动基层工会组织建设全覆盖。\n`, 'x.mdx');
    expect(read).toEqual({
      problems: [{ line: 6, message: expect.stringContaining('（“顺义区总工会以党建带工建为主线，推动基层…”）') }],
    });
  });
});

describe('readCaseFiles', () => {
  const fixtures = new URL('../../scripts/__fixtures__/build/', import.meta.url);
  const file = (name: string) => ({ name, shownAs: name, source: readFileSync(new URL(name, fixtures), 'utf8') });

  it('reads valid case files', () => {
    const { cases, problems } = readCaseFiles([file('valid-case.mdx'), file('unknown-measure.mdx')]);
    expect(problems).toEqual([]);
    expect(cases.map((entry) => entry.id)).toEqual(['fixture-valid-case', 'fixture-unknown-measure']);
  });

  it('lists the problems of every file, each with file and line, and keeps the good ones', () => {
    const stray = {
      name: 'stray.mdx',
      shownAs: 'content/cases/stray.mdx',
      source: '---\nid: stray\n---\n\n<P id="p-1">正文。</P>\n\n编辑补写的一段\n',
    };
    const { cases, problems } = readCaseFiles([file('broken-front-matter.mdx'), file('valid-case.mdx'), stray]);
    expect(problems).toEqual([
      expect.stringMatching(/^broken-front-matter\.mdx:6 字段 authors 不是有效的 YAML/),
      expect.stringMatching(/^content\/cases\/stray\.mdx:7 这一行不是正文块（“编辑补写的一段”）/),
    ]);
    expect(cases.map((entry) => entry.id)).toEqual(['fixture-valid-case']);
  });

  it('names both files of an id clash', () => {
    const { problems } = readCaseFiles([file('id-clash.mdx'), file('valid-case.mdx')]);
    expect(problems).toEqual([
      'valid-case.mdx:2 字段 id “fixture-valid-case” 已被 id-clash.mdx 使用：id 决定永久网址 /cases/fixture-valid-case/，必须唯一。请给其中一个案例换一个新的 id。',
    ]);
  });
});
