import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { parsePassages } from '../content-model/passages.ts';
import { endsMidSentence } from './chars.ts';
import type { ArticleOutcome, SourceOutcome } from './pipeline.ts';
import { hanOf, ingestBytes, ingestRealSource, inOrderShare, sourcesRoot } from './testing.ts';
import { stripFrontMatter } from '../content-model/front-matter.ts';

const evalCases = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '__fixtures__/eval-cases.json'), 'utf8'),
) as {
  cases: Record<string, { source: string; titleAny: string[]; region: string }>;
};
const sources = readdirSync(sourcesRoot)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const outcomes = new Map<string, SourceOutcome>(sources.map((name) => [name, ingestRealSource(name)]));
const articlesOf = (name: string): ArticleOutcome[] => {
  const outcome = outcomes.get(name);
  return outcome?.ok ? outcome.articles : [];
};
const published = sources.flatMap((name) =>
  articlesOf(name)
    .filter((article) => article.mdx)
    .map((article) => ({ name, article })),
);
const sourceLines = new Map(
  sources.map((name) => [name, readFileSync(path.join(sourcesRoot, name), 'utf8').replace(/\r\n?/g, '\n').split('\n')]),
);

describe('the five sources', () => {
  it('yield exactly the six expected cases, each with its region', () => {
    expect(published).toHaveLength(6);
    for (const [label, expected] of Object.entries(evalCases.cases)) {
      const match = articlesOf(expected.source).find(
        ({ draft, mdx }) =>
          mdx &&
          expected.titleAny.some((fragment) =>
            [draft.title, draft.kicker, draft.subtitle].some((head) => head?.includes(fragment)),
          ),
      );
      expect(match, label).toBeDefined();
      expect(match?.region?.name, label).toBe(expected.region);
    }
  });

  it('read titles, subtitles and authors', () => {
    const heads = published.map(({ article: { draft } }) => [draft.title, draft.subtitle, draft.authors.join('、')]);
    expect(heads).toEqual([
      ['融入大党建 共下一盘棋', '顺义大党建推动工会改革成效纪实', '张江艳'],
      ['以党建为引领 以改革促发展', '顺义区扎实推进工会改革', '张江艳'],
      ['首都工会改革赢得职工群众广泛认同', null, '白莹'],
      ['房山“党工同步”激发基层工会组织活力', '党建带工建 工建促进党建', '闫长禄'],
      ['以“四个加法”推进台州基层工会改革', null, '黄海虹、王慧'],
      ['打通服务职工群众“最后一公里”', '两江新区全面加强工会基层组织建设纪实', '金佳、何君林'],
    ]);
    expect(published.map(({ article }) => article.caseId)).toContain('shunyi-rongru-dadangjian');
  });

  it('set aside the two unrelated Zhejiang pieces and the advertisement, with reasons', () => {
    const setAside = sources.flatMap((name) => articlesOf(name).filter((article) => !article.mdx));
    expect(setAside.map(({ draft }) => [draft.title, draft.setAside.join('；')])).toEqual([
      ['弘扬劳模工匠精神 筑牢理想信念根基', expect.stringContaining('开头在别处')],
      ['四个强化 严字当头', expect.stringContaining('与工会改革无关')],
      ['重庆科技创新网', expect.stringContaining('广告')],
    ]);
  });

  it.each(published.map(({ name, article }) => [article.caseId, name, article] as const))(
    '%s: ≥ 99.5 %% of the body’s Chinese characters, in order',
    (_id, name, article) => {
      const lines = sourceLines.get(name) ?? [];
      const expected = article.draft.body.flatMap((block) => hanOf(lines.slice(block.from - 1, block.to).join('\n')));
      const actual = hanOf(
        parsePassages(stripFrontMatter(article.mdx ?? ''))
          .map((passage) => passage.text)
          .join('\n'),
      );
      expect(expected.length).toBeGreaterThan(500);
      expect(inOrderShare(expected, actual)).toBeGreaterThanOrEqual(0.995);
    },
  );

  it.each(published.map(({ article }) => [article.caseId, article] as const))(
    '%s: no space between Chinese characters, no unflagged break mid-sentence',
    (_id, article) => {
      const passages = parsePassages(stripFrontMatter(article.mdx ?? '')).filter(
        (passage) => passage.kind === 'P' || passage.kind === 'Turn',
      );
      for (const passage of passages) expect(passage.text).not.toMatch(/\p{Script=Han}[ \t\u3000]+\p{Script=Han}/u);
      const flagged = new Set(
        article.notices.filter((notice) => notice.message.includes('句子中间')).map((notice) => notice.line),
      );
      const unflagged = article.draft.body.filter(
        (block) =>
          (block.kind === 'paragraph' || block.kind === 'turn') &&
          endsMidSentence(block.text) &&
          !flagged.has(block.to),
      );
      expect(unflagged).toEqual([]);
    },
  );

  it('flag the column jump in 000 (…从普通)', () => {
    const [article] = articlesOf('000_f9178d58492767ee.txt');
    expect(article?.notices.some((notice) => notice.line === 45 && notice.message.includes('从普通'))).toBe(true);
  });

  it.each(published.map(({ article }) => [article.caseId, article] as const))(
    '%s compiles as MDX',
    async (_id, article) => {
      await expect(compile(stripFrontMatter(article.mdx ?? ''))).resolves.toBeDefined();
    },
  );
});

describe('a new article of a known kind, without settings', () => {
  const text = readFileSync(
    path.resolve(import.meta.dirname, 'segment/__fixtures__/new-article-columns/input.txt'),
    'utf8',
  );
  const articleOf = (source: string) => {
    const outcome = ingestBytes('005_new.txt', new TextEncoder().encode(source));
    return outcome.ok ? outcome.articles[0] : undefined;
  };

  it('becomes a case with title, author, region, caption, credit and figures', () => {
    const article = articleOf(text);
    expect(article?.caseId).toMatch(/^haidian-zhigong/);
    expect(article?.draft).toMatchObject({ title: '“职工小家”建到网点', authors: ['王小明'], year: 2020 });
    expect(article?.region?.name).toBe('海淀区');
    expect(article?.mdx).toMatch(/<Caption id="c-[0-9a-z]{6}">网点职工在“职工小家”阅读<\/Caption>/);
    expect(article?.mdx).toMatch(/<Credit id="c-[0-9a-z]{6}">王小明 摄<\/Credit>/);
    expect(article?.draft.figures.map((figure) => `${figure.value}${figure.unit}`)).toEqual([
      '42个',
      '86.5万元',
      '1200余名',
    ]);
  });

  it('with no place named, is still written with region null — no made-up region — and the report says what to do', () => {
    const article = articleOf(text.replace('海 淀 区', '某 市'));
    expect(article?.caseId).toBeDefined();
    expect(article?.region).toBeUndefined();
    expect(article?.mdx).toMatch(/^region: null$/m);
    expect(article?.mdx).not.toMatch(/weizhi|地区未知/);
    const notice = article?.notices.find((entry) => entry.message.startsWith('地区不详'));
    expect(notice?.message).toMatch(/页面显示“地区不详”，不进任何地区页.*在设置文件中为这篇文章写 region/);
  });
});
