import type { Provenance } from '../../content-model/case.ts';
import { countHan } from '../chars.ts';
import type { ArticleSettings, SourceSettings } from '../settings.ts';
import type { Article, Block, Notice } from '../types.ts';
import type { PageFacts } from '../../content-model/saved-page/page-facts.ts';
import { authorUnitsOf, authorsOf, bylineDateOf, publicationOf } from './byline.ts';
import type { FigureDraft } from './figures.ts';
import { extractFoldedFigures } from './folded-figures.ts';
import { readRegion } from './article-region.ts';
import type { Division } from './gazetteer.ts';
import { cutOffNotice, setAsideReasons } from './relevance.ts';
import { provisionalTitle } from './title.ts';
import { latestYear } from './year.ts';

/** An article with its metadata read: everything a case file needs but ids and tags. */
export interface CaseDraft {
  /** Identity of the article inside its source (its title as first detected). */
  key: string;
  title: string;
  kicker: string | null;
  subtitle: string | null;
  authors: string[];
  authorUnits: string[];
  region: Division | null;
  year: number | null;
  words: number;
  provenance: Provenance;
  figures: FigureDraft[];
  body: Block[];
  /** Why it is not published; empty when it is. */
  setAside: string[];
  notices: Notice[];
}

const running = (block: Block) => block.kind === 'paragraph' || block.kind === 'turn';

const nonEmpty = <T>(list: T[]) => (list.length ? list : undefined);

/** What the page and the dateline say about where the article appeared. */
function pageProvenance(page: PageFacts, article: Article): Provenance {
  const { date, page: edition, url } = page;
  const publication = page.publication ?? publicationOf(article.bylines);
  return Object.fromEntries(
    Object.entries({ publication, date, page: edition, url }).filter(([, value]) => value !== undefined),
  );
}

/**
 * The longest article published: a newspaper report runs to a few thousand characters, the
 * longest sample to ~5,000; a text far longer is several articles run together, or no article.
 */
export const maxArticleCharacters = 100_000;

/** How the set-aside reason for an overlong article starts; `publish: true` does not lift it. */
export const tooLongReason = '文章过长';

/** Key figures kept per case (the richest sample case has 31). */
export const maxFigures = 50;

/** extract: article → case draft (metadata, region, year, key figures, reasons to set aside). */
export function extractCase(
  article: Article,
  settings: SourceSettings,
  own: ArticleSettings | undefined,
  gazetteer: readonly Division[],
  pageFacts: PageFacts = {},
): CaseDraft {
  const notices: Notice[] = [];
  // A closing name line (王小明 某某日报 2024年3月5日) dates the article as a page's meta line does.
  const page = { ...pageFacts, date: pageFacts.date ?? bylineDateOf(article.bylines) };
  const headline = page.headline?.title ?? article.title;
  const key = headline ?? article.body.find(running)?.text.slice(0, 20) ?? `第${article.from}行`;
  // A provisional title cut at a word boundary ends with … and the warning quotes it whole.
  const provisional = headline ? null : provisionalTitle(article.body);
  const title = own?.title ?? headline ?? provisional ?? key;
  if (!own?.title && !headline)
    notices.push({
      line: article.from,
      message: `没有找到标题，暂用正文开头的话“${title}”。请确认，或在设置文件中写 title。`,
    });
  const texts = article.body.map((block) => block.text);
  const pageYear = page.date ? Number(page.date.slice(0, 4)) : null;
  const year = own?.year ?? latestYear(texts) ?? pageYear;
  if (year === null)
    notices.push({
      line: article.from,
      message: '正文没有写年份（如“2019年”），year 留空。如已知，请在设置文件中写 year。',
    });
  const found = extractFoldedFigures(article.body);
  const figures = found.figures.slice(0, maxFigures);
  if (found.figures.length > maxFigures)
    notices.push({
      line: article.from,
      message: `关键数字读出 ${found.figures.length} 个，只写入前 ${maxFigures} 个（每个案例的上限）；其余的不发布。需要时可在案例文件中手工调整。`,
    });
  for (const figure of found.unparsed.slice(0, maxFigures)) notices.push({ message: `数字没能读出统计项：${figure}` });
  if (found.unparsed.length > maxFigures)
    notices.push({ message: `另有 ${found.unparsed.length - maxFigures} 个数字没能读出统计项，不再逐一列出。` });
  const characters = article.body.reduce((sum, block) => sum + block.text.length, 0);
  // Not lifted by `publish: true`: a page this long would stall every reader's browser.
  const tooLong =
    characters > maxArticleCharacters
      ? [
          `${tooLongReason}：正文 ${characters.toLocaleString('en')} 字，超过单篇上限 ${maxArticleCharacters.toLocaleString('en')} 字（一篇报道通常不过几千字）。这多半是多篇文章或整个网页、整本书连在一起：请把各篇分别存成新的来源文件（原文件不要改），再运行 npm run ingest`,
        ]
      : [];
  const reasons = setAsideReasons(article);
  const cutOff = reasons.length === 0 || own?.publish === true ? cutOffNotice(article) : null;
  const provenance = { ...pageProvenance(page, article), ...settings.provenance, ...own?.provenance };
  if (cutOff) notices.push({ line: article.to, message: cutOff });
  return {
    key,
    title,
    kicker: own?.kicker !== undefined ? own.kicker : (page.headline?.kicker ?? article.kicker),
    subtitle: own?.subtitle !== undefined ? own.subtitle : (page.headline?.subtitle ?? article.subtitle),
    authors: own?.authors ?? nonEmpty(authorsOf(article.bylines)) ?? page.authors ?? [],
    authorUnits: own?.authorUnits ?? authorUnitsOf(article.units),
    region: readRegion(article, title, own?.region, provenance.publication, gazetteer, notices),
    year,
    words: article.body.reduce((sum, block) => sum + countHan(block.text), 0),
    provenance,
    figures,
    body: article.body,
    setAside: [
      ...tooLong,
      ...(own?.publish === true ? [] : own?.publish === false ? ['设置文件要求不发布（publish: false）'] : reasons),
    ],
    notices,
  };
}
