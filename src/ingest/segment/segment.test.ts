import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize.ts';
import type { Article } from '../types.ts';
import { segment, type SegmentOptions } from './index.ts';

const fixtures = path.join(import.meta.dirname, '__fixtures__');

function run(name: string): Article[] {
  const folder = path.join(fixtures, name);
  const configFile = path.join(folder, 'config.json');
  const options = (existsSync(configFile) ? JSON.parse(readFileSync(configFile, 'utf8')) : {}) as SegmentOptions;
  return segment(normalizeText(readFileSync(path.join(folder, 'input.txt'), 'utf8')), options);
}

/** What a fixture pins: the head of each article and its blocks as kind + text. */
function summary(articles: readonly Article[]) {
  return articles.map((article) => ({
    kicker: article.kicker,
    title: article.title,
    subtitle: article.subtitle,
    bylines: article.bylines.map((block) => block.text),
    units: article.units.map((block) => block.text),
    body: article.body.map(
      (block) => `${block.kind}${block.speaker ? `:${block.speaker}:${block.role}` : ''} | ${block.text}`,
    ),
    removed: article.removed.map((block) => `${block.from}-${block.to} ${block.text} | ${block.reason}`),
  }));
}

describe('segment fixtures (snippets cut from the sources; UPDATE=1 rewrites output.json)', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(name, () => {
      const expectedFile = path.join(fixtures, name, 'output.json');
      const actual = summary(run(name));
      if (process.env['UPDATE']) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});

describe('segment', () => {
  const kinds = (article: Article | undefined) => article?.body.map((block) => block.kind) ?? [];

  it('keeps a column jump apart when the settings say so (000 …从普通)', () => {
    const [article] = run('000-column-jump');
    const jump = article?.body.find((block) => block.text.endsWith('从普通'));
    expect(jump?.kind).toBe('paragraph');
    expect(article?.body.find((block) => block.text.startsWith('工会对职工的支持'))).toBeDefined();
    expect(article?.body.at(-2)).toMatchObject({ kind: 'heading', text: '从单打独斗到合作共赢' });
  });

  it('reads an interview as question and answer turns, rejoining a wrap across blank lines (000)', () => {
    const [article] = run('000-interview');
    const turns = article?.body.filter((block) => block.kind === 'turn') ?? [];
    expect(turns.map((turn) => [turn.speaker, turn.role])).toEqual([
      ['记者', 'question'],
      ['李慧哲', 'answer'],
    ]);
    expect(turns[1]?.text.endsWith('考核更科学的指标体系。')).toBe(true);
  });

  it('tells photo captions from the title and subtitle above the byline (001)', () => {
    const [article] = run('001-captions-title');
    expect(article).toMatchObject({ title: '以党建为引领 以改革促发展', subtitle: '顺义区扎实推进工会改革' });
    expect(kinds(article).slice(0, 3)).toEqual(['caption', 'caption', 'caption']);
  });

  it('rejoins 6–16-character newspaper columns and takes a title glued to the first column (002)', () => {
    const [article] = run('002-columns-title');
    expect(article?.title).toBe('首都工会改革赢得职工群众广泛认同');
    expect(
      article?.body[0]?.text.startsWith('打开“北京工会12351”手机APP，可以便捷地找到朝阳区八里庄街道工会服务站。'),
    ).toBe(true);
    expect(article?.body.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual([
      '突出政治性 确保工会改革方向始终坚定清晰',
      '以上率下 改革从职工群众反映最强烈的问题入手',
    ]);
  });

  it('gives the first of two stacked bylines to the article above and finds a title printed at the end (002)', () => {
    const [first, second] = run('002-stacked-bylines');
    expect(first?.bylines.map((block) => block.text)).toEqual(['□本报记者 白莹']);
    expect(second).toMatchObject({
      title: '房山“党工同步”激发基层工会组织活力',
      kicker: '坚持以职工为中心 落实工会主责主业',
      subtitle: '党建带工建 工建促进党建',
    });
    expect(second?.removed.map((block) => block.text)).toEqual(['工会 行动']);
  });

  it('rejoins lines wrapped with blank lines between the halves (003 主动与社 / 保、经济普查)', () => {
    const [article] = run('003-blank-line-wraps');
    expect(
      article?.body.some((block) => block.text.includes('主动与社保、经济普查大数据对接，梳理全市企事业单位法人建会')),
    ).toBe(true);
    expect(article?.body.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual([
      '“党委督+工会推”，同频共振抓统筹',
      '“列清单+做项目”，数据引导抓组建',
    ]);
  });

  it('keeps the photo credit with the article above and splits the two pieces below (003)', () => {
    const articles = run('003-credit-unrelated-pieces');
    expect(articles.map((article) => article.title)).toEqual([
      null,
      '弘扬劳模工匠精神 筑牢理想信念根基',
      '四个强化 严字当头',
    ]);
    expect(articles[0]?.body.at(-1)).toMatchObject({ kind: 'credit', text: '凌云施工 通讯员胡江丰 摄' });
    expect(articles[0]?.units.map((block) => block.text)).toEqual(['（作者单位：台州市总工会）']);
  });

  it('reads Markdown headings and splits off the advertisement (004)', () => {
    const [article, advert] = run('004-markdown-advert');
    expect(article).toMatchObject({
      title: '打通服务职工群众“最后一公里”',
      subtitle: '两江新区全面加强工会基层组织建设纪实',
    });
    expect(article?.bylines.map((block) => block.text)).toEqual(['文/金佳 何君林']);
    expect(advert?.title).toBe('重庆科技创新网');
  });

  it('carries a new article of the same kind without settings', () => {
    const [article] = run('new-article-columns');
    expect(article).toMatchObject({ kicker: null, title: '“职工小家”建到网点' });
    // The dateline 本报讯 opening the first paragraph is a byline too, not text.
    expect(article?.bylines.map((block) => block.text)).toEqual(['□本报记者 王小明', '本报讯']);
    expect(kinds(article)).toEqual(['paragraph', 'heading', 'paragraph', 'caption', 'paragraph', 'credit']);
    expect(article?.body[0]?.text).toBe(
      '近日，海淀区建设银行工会在全市42个营业网点建成“职工小家”，为一线柜员提供休息、阅读、哺乳等服务。',
    );
  });
});
