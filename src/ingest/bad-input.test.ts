import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { parsePassages } from '../content-model/passages.ts';
import { contentHash } from './manifest.ts';
import type { SourceOutcome } from './pipeline.ts';
import { ingestBytes, sourcesRoot } from './testing.ts';
import { planWrites } from './writes.ts';
import { renderReport } from './report.ts';
import { stripFrontMatter } from '../content-model/front-matter.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const liangjiang = readFileSync(path.join(sourcesRoot, '004_841f9ca606203bf0.txt'), 'utf8');
const mdxOf = (outcome: SourceOutcome) =>
  outcome.ok ? outcome.articles.flatMap((article) => (article.mdx ? [article.mdx] : [])) : [];
const errorOf = (outcome: SourceOutcome) => (outcome.ok ? '' : outcome.error);

/** A small article of the usual kind, with whatever the test needs in its body. */
const article = (body: string) =>
  `融入大党建 共下一盘棋\n\n——顺义区总工会改革纪实\n\n□本报记者 张江艳\n\n${body}\n\n顺义区总工会推进工会改革，建会入会、职工之家、工会经费保障都有进展。2019年，全区新建工会84个。\n`;

describe('bad input', () => {
  it('an empty file stops that source with file, reason and what to do', () => {
    const error = errorOf(ingestBytes('empty.txt', new Uint8Array()));
    expect(error).toContain('empty.txt');
    expect(error).toContain('空');
    expect(error).toContain('处理办法');
    expect(errorOf(ingestBytes('blank.txt', utf8(' \n\n  \n')))).toContain('空');
  });

  it('a binary file stops that source', () => {
    const png = Uint8Array.from([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      13,
      0x49,
      0x48,
      0x44,
      0x52,
      ...Array.from({ length: 200 }, (_, index) => (index * 37) % 256),
    ]);
    expect(errorOf(ingestBytes('photo.txt', png))).toMatch(/photo\.txt：.*二进制/);
  });

  it('a GBK copy gives the same case as the UTF-8 file; so do UTF-16 and CRLF with a BOM', () => {
    const expected = mdxOf(ingestBytes('004.txt', utf8(liangjiang)));
    expect(expected).toHaveLength(1);
    const gbk = ingestBytes('004.txt', iconv.encode(liangjiang, 'gbk'));
    expect(gbk.ok && gbk.encoding).toBe('GB18030');
    expect(mdxOf(gbk)).toEqual(expected);
    expect(mdxOf(ingestBytes('004.txt', iconv.encode(`\ufeff${liangjiang}`, 'utf16le')))).toEqual(expected);
    expect(mdxOf(ingestBytes('004.txt', utf8(`\ufeff${liangjiang.replace(/\n/g, '\r\n')}`)))).toEqual(expected);
  });

  it('shows <script>, {1+1}, export and import lines literally, never as code', () => {
    const dangerous = ['<script>alert(1)</script>', '{1+1}', 'export const x = 1', "import fs from 'fs'"];
    const [mdx] = mdxOf(
      ingestBytes('x.txt', utf8(article(dangerous.map((line) => `${line}\n\n正文一段，工会改革。`).join('\n\n')))),
    );
    const body = stripFrontMatter(mdx ?? '');
    const texts = parsePassages(body).map((passage) => passage.text);
    for (const line of dangerous) expect(texts.some((text) => text.includes(line))).toBe(true);
    const tree = createProcessor().parse(body);
    const types = new Set<string>();
    const visit = (node: { type: string; children?: unknown[] }) => {
      types.add(node.type);
      node.children?.forEach((child) => visit(child as { type: string; children?: unknown[] }));
    };
    visit(tree as unknown as { type: string; children?: unknown[] });
    expect([...types].filter((type) => /mdxjsEsm|Expression/.test(type))).toEqual([]);
    expect([...types].some((type) => type.startsWith('mdxJsx'))).toBe(true);
  });

  it('an article in Traditional characters is kept as written and its region still resolved', () => {
    const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(liangjiang);
    const outcome = ingestBytes('004t.txt', utf8(traditional));
    const published = outcome.ok ? outcome.articles.find((candidate) => candidate.mdx) : undefined;
    expect(published?.region?.name).toBe('两江新区');
    expect(published?.mdx).toContain('兩江新區總工會');
  });

  it('a 5 MB single article is read through, and refused as too long, saying why and what to do', () => {
    const paragraph = '顺义区总工会深入推进工会改革，全区新建独立企业工会84个，职工之家建设覆盖各镇街。\n\n';
    const big = article(paragraph.repeat(Math.ceil((5 * 1024 * 1024) / utf8(paragraph).length)));
    expect(utf8(big).length).toBeGreaterThan(5 * 1024 * 1024);
    const outcome = ingestBytes('big.txt', utf8(big));
    expect(mdxOf(outcome)).toHaveLength(0);
    const [draft] = outcome.ok ? outcome.articles.map((found) => found.draft) : [];
    expect(draft?.setAside[0]).toMatch(
      /^文章过长：正文 [\d,]+ 字，超过单篇上限 100,000 字[^]*请把各篇分别存成新的来源文件/,
    );
    // At most 50 key figures, and the rest reported as such rather than one by one.
    expect(draft?.figures).toHaveLength(50);
    expect(draft?.notices.map((notice) => notice.message)).toContainEqual(
      expect.stringMatching(/^关键数字读出 \d+ 个，只写入前 50 个/),
    );
    expect(draft?.notices.length).toBeLessThan(60);
    // The report does not offer `publish: true`, which would not lift the limit.
    const report = renderReport({ outcomes: [outcome], files: [], errors: [] });
    expect(report).toContain('未发布：文章过长');
    expect(report).not.toContain('publish: true');
  }, 120_000);

  it('a long article under the limit is published, with at most 50 key figures and a note saying so', () => {
    const paragraph = '顺义区总工会深入推进工会改革，全区新建独立企业工会84个，职工之家建设覆盖各镇街。\n\n';
    const outcome = ingestBytes('long.txt', utf8(article(paragraph.repeat(200))));
    const [mdx] = mdxOf(outcome);
    expect(mdx?.match(/^  - label:/gm)).toHaveLength(50);
  }, 60_000);

  it('two sources yielding the same id: a clear error and nothing written', () => {
    const [mdx] = mdxOf(ingestBytes('a.txt', utf8(article('正文。'))));
    const cases = ['a.txt', 'b.txt'].map((source) => ({
      source,
      article: '融入大党建 共下一盘棋',
      caseId: 'shunyi-rongru-dadangjian',
      mdx: mdx ?? '',
    }));
    const plan = planWrites(cases, { cases: {} }, () => null, 'ingest-out');
    expect(plan.writes.size).toBe(0);
    expect(plan.files).toEqual([
      { kind: 'duplicate', caseId: 'shunyi-rongru-dadangjian', sources: ['a.txt', 'b.txt'] },
      { kind: 'duplicate', caseId: 'shunyi-rongru-dadangjian', sources: ['a.txt', 'b.txt'] },
    ]);
  });

  it('articles of one source sharing an id: the report names the source once, with the count', () => {
    const outcome = ingestBytes('a.txt', utf8(article('正文。')));
    if (!outcome.ok) throw new Error(outcome.error);
    const [first] = outcome.articles.filter((found) => found.caseId && found.mdx);
    const many = { ...outcome, articles: Array.from({ length: 100 }, () => first!) };
    const cases = many.articles.map((found) => ({
      source: 'a.txt',
      article: found.draft.key,
      caseId: found.caseId!,
      mdx: found.mdx!,
    }));
    const plan = planWrites(cases, { cases: {} }, () => null, 'ingest-out');
    const line = renderReport({ outcomes: [many], files: plan.files, errors: [] })
      .split('\n')
      .find((text) => text.startsWith('- ✖ 案例 id'));
    expect(line).toBe(
      `- ✖ 案例 id ${first!.caseId} 被 100 篇文章共用（a.txt 中的 100 篇），什么都没写。请在设置文件中给其中的文章改 title，或删除重复的来源。`,
    );
  });

  it('a case file edited by hand is never overwritten: the candidate goes elsewhere, with the difference', () => {
    const generated = '---\nid: a\n---\n\n<P id="p-1" measures="">旧文</P>\n';
    const edited = generated.replace('旧文', '编辑改过的文');
    const next = generated.replace('旧文', '新文');
    const manifest = { cases: { a: { source: 'a.txt', article: 'A', hash: contentHash(generated) } } };
    const plan = planWrites(
      [{ source: 'a.txt', article: 'A', caseId: 'a', mdx: next }],
      manifest,
      () => edited,
      'ingest-out',
    );
    expect(plan.writes.size).toBe(0);
    expect(plan.candidates.get('a')).toBe(next);
    expect(plan.files[0]).toMatchObject({
      kind: 'hand-edited',
      candidate: 'ingest-out/a.mdx',
      diff: ['- <P id="p-1" measures="">编辑改过的文</P>', '+ <P id="p-1" measures="">新文</P>'],
    });
    expect(plan.manifest.cases['a']?.hash).toBe(contentHash(generated));
    const untouched = planWrites(
      [{ source: 'a.txt', article: 'A', caseId: 'a', mdx: next }],
      manifest,
      () => generated,
      'ingest-out',
    );
    expect(untouched.writes.get('a')).toBe(next);
  });
});
