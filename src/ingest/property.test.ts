import { compileSync } from '@mdx-js/mdx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePassages } from '../content-model/passages.ts';
import { normalizeText } from './normalize.ts';
import type { SourceOutcome } from './pipeline.ts';
import { ingestBytes } from './testing.ts';
import { stripFrontMatter } from '../content-model/front-matter.ts';

/** Layout marks ingest may drop on purpose: Markdown `#`, the dash of ——副题. */
const layoutMark = /[\s#—-]/u;

function countCharacters(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const character of text)
      if (!layoutMark.test(character)) counts.set(character, (counts.get(character) ?? 0) + 1);
  return counts;
}

/** Everything the outcome accounts for: published passages and heads, set-aside pieces, removed blocks. */
function accountedTexts(outcome: SourceOutcome & { ok: true }): string[] {
  return outcome.articles.flatMap(({ draft, article, mdx }) => [
    draft.title,
    draft.kicker ?? '',
    draft.subtitle ?? '',
    article.title ?? '',
    article.kicker ?? '',
    article.subtitle ?? '',
    ...article.bylines.map((block) => block.text),
    ...article.units.map((block) => block.text),
    ...article.removed.map((block) => block.text),
    ...(mdx
      ? parsePassages(stripFrontMatter(mdx)).map((passage) => passage.text)
      : draft.body.map((block) => block.text)),
  ]);
}

const pieceList = [
  '工会',
  '改革',
  '顺义区',
  '职工之家',
  '，',
  '。',
  '、',
  '：',
  '“',
  '”',
  '（',
  '）',
  '《',
  '》',
  '——',
  '□本报记者 张三',
  '■李四',
  '文/王五',
  '<script>',
  '{1+1}',
  'export const x = 1',
  'import fs from "fs"',
  '# ',
  '## ',
  '【对话】',
  '记者：',
  '李慧哲：',
  '*',
  '_',
  '`',
  '\\',
  '&',
  '|',
  '~',
  '[',
  ']',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\n\n\n',
  '\r\n',
  '2019年',
  '84个',
  '90.4%',
  'Wi-Fi',
  'http://a.b/c',
  '摄',
  '(作者单位:某工会)',
  '\t',
  '\u3000',
];
const articleLike = fc.array(fc.constantFrom(...pieceList), { maxLength: 200 }).map((parts) => parts.join(''));
/**
 * The same without `# `: a top-level Markdown heading starts a new article by design, which may
 * leave the article before it cut mid-sentence and (rightly) set aside instead of published.
 */
const bodyLike = fc
  .array(fc.constantFrom(...pieceList.filter((piece) => piece !== '# ')), { maxLength: 200 })
  .map((parts) => parts.join(''));

function check(text: string): void {
  const outcome = ingestBytes('arbitrary.txt', new TextEncoder().encode(text));
  if (!outcome.ok) {
    expect(outcome.error).toMatch(/arbitrary\.txt：[\s\S]+处理办法/);
    return;
  }
  for (const article of outcome.articles) {
    if (article.mdx) compileSync(stripFrontMatter(article.mdx));
  }
  const input = countCharacters(normalizeText(text).map((line) => line.text));
  const output = countCharacters(accountedTexts(outcome));
  for (const [character, count] of input)
    expect(output.get(character) ?? 0, `“${character}” in ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(count);
}

/** Arbitrary text inside an article that is published, so the MDX path is exercised too. */
const publishedArticle = (middle: string) =>
  `融入大党建 共下一盘棋\n\n□本报记者 张江艳\n\n顺义区总工会推进工会改革，职工之家、工会经费都有进展。\n\n${middle}\n\n2019年，全区新建工会84个。\n`;

describe('ingest on arbitrary text', () => {
  it('publishes arbitrary text inside an article as MDX that compiles, losing nothing', () => {
    fc.assert(
      fc.property(fc.oneof(bodyLike, fc.string({ unit: 'grapheme', maxLength: 300 })), (middle) => {
        const text = publishedArticle(middle);
        const outcome = ingestBytes('arbitrary.txt', new TextEncoder().encode(text));
        expect(outcome.ok && outcome.articles.some((article) => article.mdx)).toBe(true);
        check(text);
      }),
      { numRuns: 200 },
    );
  });

  it('never crashes: it stops with a message, or writes MDX that compiles and loses no character except in reported removals', () => {
    fc.assert(fc.property(fc.oneof(articleLike, fc.string({ unit: 'grapheme', maxLength: 300 })), check), {
      numRuns: 300,
    });
  });
});
