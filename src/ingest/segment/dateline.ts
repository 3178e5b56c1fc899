import type { Article, Block } from '../types.ts';

/**
 * A news dateline at the start of the first paragraph: 本报讯（记者 X 通讯员 Y）, 中工网讯 ,
 * 宿松融媒讯 , 讯（记者 X） (its head lost with the page's top). Written in the paragraph, it is
 * a byline, not text.
 */
const dateline =
  /^(?:[\p{Script=Han}]{0,10}[讯訊]\s*[（(][^（）()]{1,40}[）)]|[\p{Script=Han}]{2,10}[讯訊](?=\s)|本[报報][讯訊]|[\p{Script=Han}]{1,8}(?:网|網|融媒|台|社)[讯訊])\s*/u;

/** segment: the dateline of an article's first paragraph becomes one of its bylines. */
export function splitDateline(article: Article): Article {
  const index = article.body.findIndex((block) => block.kind === 'paragraph' || block.kind === 'turn');
  const first = article.body[index];
  const match = first ? dateline.exec(first.text) : null;
  if (!first || !match || match[0].length >= first.text.length) return article;
  const byline: Block = { ...first, kind: 'byline', text: match[0].trim(), to: first.from };
  const body = [...article.body];
  body[index] = { ...first, text: first.text.slice(match[0].length) };
  return { ...article, body, bylines: [...article.bylines, byline].sort((a, b) => a.from - b.from) };
}
