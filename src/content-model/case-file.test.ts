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

describe('the references inside a case file', () => {
  const withFigure = (passage: string) =>
    [
      '---',
      'id: a',
      'source: 000_a.txt',
      'figures:',
      '  - label: 新建独立企业工会',
      '    value: "84"',
      '    unit: 个',
      '    text: 全年新建独立企业工会84个。',
      `    passage: ${passage}`,
      '---',
      '',
      '<P id="p-7f3k2a">全年新建独立企业工会84个。</P>',
      '',
    ].join('\n');

  it('accepts a key figure whose passage is a block of the body', () => {
    expect('id' in readCaseFile(withFigure('p-7f3k2a'), 'a.mdx', { sources: new Set(['000_a.txt']) })).toBe(true);
  });

  it('refuses a key figure pointing to a passage that does not exist, naming the line of its passage field', () => {
    expect(readCaseFile(withFigure('p-gone'), 'a.mdx')).toEqual({
      problems: [
        {
          line: 9,
          message: expect.stringMatching(
            /^关键数字第 1 条（新建独立企业工会）的 passage “p-gone” 不是本文件中任何一段的 id/,
          ),
        },
      ],
    });
  });

  it('refuses an anchor used twice, and a source that is not in content/sources/', () => {
    const source = withFigure('p-7f3k2a') + '<P id="p-7f3k2a">又一段。</P>\n';
    expect(readCaseFile(source, 'a.mdx', { sources: new Set(['000_b.txt']) })).toEqual({
      problems: [
        { line: 13, message: expect.stringMatching(/^段落 id “p-7f3k2a” 在第 12 行已经用过/) },
        { line: 3, message: expect.stringMatching(/^字段 source “000_a.txt” 在 content\/sources\/ 中找不到/) },
      ],
    });
  });

  const withRegion = (region: string) =>
    withFigure('p-7f3k2a').replace('source: 000_a.txt', `source: 000_a.txt\nregion: ${region}`);
  const known = { sources: new Set(['000_a.txt']), regions: new Set(['shunyi', 'taizhou']) };

  it('refuses a region id that is not in content/regions.yaml, with its line and the known ids', () => {
    expect(readCaseFile(withRegion('haidian'), 'a.mdx', known)).toEqual({
      problems: [
        {
          line: 4,
          message: expect.stringMatching(
            /^字段 region “haidian” 不是 content\/regions.yaml 中任何地区的 id.*（shunyi、taizhou）.*region: null/,
          ),
        },
      ],
    });
  });

  it('accepts a known region id, and a region that is null or absent (地区不详)', () => {
    expect('id' in readCaseFile(withRegion('taizhou'), 'a.mdx', known)).toBe(true);
    expect('id' in readCaseFile(withRegion('null'), 'a.mdx', known)).toBe(true);
    expect('id' in readCaseFile(withFigure('p-7f3k2a'), 'a.mdx', known)).toBe(true);
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

  it('does not read again a file read before, but counts its id for clashes', () => {
    const broken = { ...file('broken-front-matter.mdx'), shownAs: 'before.mdx' };
    const readBefore = new Map([['before.mdx', 'fixture-valid-case']]);
    const { cases, problems } = readCaseFiles([broken, file('valid-case.mdx')], {}, readBefore);
    expect(cases).toEqual([]);
    expect(problems).toEqual([
      'valid-case.mdx:2 字段 id “fixture-valid-case” 已被 before.mdx 使用：id 决定永久网址 /cases/fixture-valid-case/，必须唯一。请给其中一个案例换一个新的 id。',
    ]);
  });

  it('names each file of a many-sided id clash once, in one message', () => {
    const clashing = Array.from({ length: 100 }, (_, index) => ({
      name: `c${String(index).padStart(3, '0')}.mdx`,
      shownAs: `content/cases/c${String(index).padStart(3, '0')}.mdx`,
      source: '---\nid: same\n---\n',
    }));
    const { cases, problems } = readCaseFiles(clashing);
    expect(cases).toHaveLength(1);
    expect(problems).toHaveLength(1);
    for (const { shownAs } of clashing) expect(problems[0]!.split(shownAs)).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^content\/cases\/c001\.mdx:2 字段 id “same” 已被 content\/cases\/c000\.mdx 使用，另有 98 个文件也用了它/,
    );
  });
});
