import type { Article, SourceLine } from '../types.ts';
import { toChunks } from './chunks.ts';
import { classifyChunks } from './classify.ts';
import { resolveDisplayBlocks } from './display.ts';
import { joinParagraphs, type JoinOptions } from './paragraphs.ts';
import { splitArticles } from './articles.ts';
import { splitDateline } from './dateline.ts';
import { removeWebCaptions } from './web-captions.ts';

export type SegmentOptions = JoinOptions;

/** segment: normalized lines → articles with title, bylines and body blocks. */
export function segment(lines: readonly SourceLine[], options: SegmentOptions = {}): Article[] {
  const blocks = joinParagraphs(classifyChunks(toChunks(lines)), options);
  return splitArticles(blocks)
    .map(splitDateline)
    .map((article) => {
      const captions = removeWebCaptions(article.body);
      const body = resolveDisplayBlocks(captions.body);
      const labels = body.filter((block) => block.kind === 'label');
      const removed = labels.map(({ text, from, to }) => ({
        text,
        from,
        to,
        reason: '栏目标签（版面上的栏目名），不是正文',
      }));
      return {
        ...article,
        body: body.filter((block) => block.kind !== 'label'),
        removed: [...article.removed, ...captions.removed, ...removed],
      };
    });
}
