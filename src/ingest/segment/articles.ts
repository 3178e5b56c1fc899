import type { Article, Block } from '../types.ts';

function emptyArticle(from: number): Article {
  return { title: null, kicker: null, subtitle: null, bylines: [], units: [], body: [], removed: [], from, to: from };
}

const hasRunningText = (article: Article) =>
  article.body.some((block) => block.kind === 'paragraph' || block.kind === 'turn');

/**
 * The title group right above a byline: [kicker,] title, ——subtitle — or title and a
 * second display line taken as subtitle (001). Popped off the end of the body.
 */
function takeTitleGroup(body: Block[]): Pick<Article, 'title' | 'kicker' | 'subtitle'> | null {
  const last = body.at(-1);
  const beforeLast = body.at(-2);
  const close = (upper: Block | undefined, lower: Block | undefined) => upper && lower && upper.gapAfter <= 1;
  if (last?.kind === 'subtitle' && beforeLast?.kind === 'display') {
    const kicker = body.at(-3);
    const hasKicker = kicker?.kind === 'display' && close(kicker, beforeLast) && kicker.gapBefore <= 1;
    body.splice(hasKicker ? -3 : -2);
    return { kicker: hasKicker ? kicker.text : null, title: beforeLast.text, subtitle: last.text };
  }
  if (last?.kind === 'display') {
    const withSubtitle = beforeLast?.kind === 'display' && close(beforeLast, last);
    body.splice(withSubtitle ? -2 : -1);
    return withSubtitle && beforeLast
      ? { kicker: null, title: beforeLast.text, subtitle: last.text }
      : { kicker: null, title: last.text, subtitle: null };
  }
  return null;
}

/** Display lines above the first paragraph of an article whose title is elsewhere: 引题 and 副题. */
function takeDecks(article: Article): void {
  const decks: Block[] = [];
  while (article.body[0]?.kind === 'display' && article.body[0].gapBefore <= 1 && decks.length < 2)
    decks.push(article.body.shift() as Block);
  article.kicker = decks[0]?.text ?? null;
  article.subtitle = decks[1]?.text ?? article.subtitle;
}

/** A title above the first column, with no byline under it (002: 首都工会改革…). */
function takeLeadingTitle(article: Article): boolean {
  const [first, second, third] = article.body;
  if (first?.kind !== 'display') return false;
  // 引题 above 主题 (需求在指尖传递 服务在网上进行 / 莱州市总搭建…), both above the first paragraph.
  if (second?.kind === 'display' && second.gapBefore <= 1 && third?.kind === 'paragraph') {
    article.body.splice(0, 2);
    article.kicker = first.text;
    article.title = second.text;
    return true;
  }
  article.body.shift();
  article.title = first.text;
  return true;
}

/** A title printed under the article (002: the 房山 title stands at the very end). */
function takeTrailingTitle(article: Article): boolean {
  const last = article.body.at(-1);
  // Set apart by a blank line: a short last line right under a paragraph is its cut-off end.
  if (article.title !== null || last?.kind !== 'display' || last.gapBefore === 0) return false;
  article.body.pop();
  article.title = last.text;
  return true;
}

/**
 * segment: blocks → articles. An article starts at a title group above a byline, at a
 * Markdown `#` title, or after the first of two stacked bylines (the first closes the
 * article above). A byline with no title above it belongs to the article it ends or opens.
 */
export function splitArticles(blocks: readonly Block[]): Article[] {
  const articles: Article[] = [];
  let current = emptyArticle(blocks[0]?.from ?? 1);
  const startNew = (from: number) => {
    if (current.body.length || current.title || current.bylines.length || current.units.length) articles.push(current);
    current = emptyArticle(from);
  };
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    if (block.kind === 'markdown-title') {
      startNew(block.from);
      current.title = block.text;
      continue;
    }
    if (
      block.kind === 'subtitle' &&
      current.title &&
      !current.subtitle &&
      !hasRunningText(current) &&
      current.body.length === 0
    ) {
      current.subtitle = block.text;
      continue;
    }
    if (block.kind === 'unit') {
      current.units.push(block);
      continue;
    }
    if (block.kind !== 'byline') {
      current.body.push(block);
      continue;
    }
    const stacked: Block[] = [block];
    while (blocks[index + 1]?.kind === 'byline') stacked.push(blocks[++index] as Block);
    const group = takeTitleGroup(current.body);
    if (group) {
      const carried = hasRunningText(current) ? [] : current.body.splice(0);
      startNew(carried[0]?.from ?? block.from);
      Object.assign(current, group);
      current.body.push(...carried);
      current.bylines.push(...stacked);
    } else if (stacked.length >= 2 && hasRunningText(current)) {
      current.bylines.push(stacked[0] as Block);
      startNew(block.from);
      current.bylines.push(...stacked.slice(1));
    } else {
      current.bylines.push(...stacked);
    }
  }
  if (current.body.length || current.title || current.bylines.length || current.units.length) articles.push(current);
  for (const article of articles) {
    if (article.title === null) {
      if (takeTrailingTitle(article)) takeDecks(article);
      else takeLeadingTitle(article);
    }
    const all = [...article.body, ...article.bylines, ...article.units];
    article.from = Math.min(...all.map((block) => block.from), article.from);
    article.to = Math.max(...all.map((block) => block.to), article.to);
  }
  return articles;
}
