import type { Block } from '../types.ts';
import { toSimplified } from '../../content-model/simplified.ts';

/** Longest provisional title: a headline, not a sentence. */
export const provisionalTitleLength = 24;

/** Clauses that only set the scene (时间、节令): 1月23日 · 近日 · “五一”劳动节来临之际 · 隆冬时节. */
const setting =
  /^(?:[\d月日年上下午晚前后，]+|近日|日前|近期|连日来|今年以来|\S{0,12}(?:之际|前夕|期间|以来|时节|当天|上午|下午))$/;

const length = (text: string) => [...text].length;

let words: Intl.Segmenter | undefined;

/** The text cut after whole words, within the limit, marked as cut. */
function cutAtWord(text: string, limit: number): string {
  words ??= new Intl.Segmenter('zh', { granularity: 'word' });
  let kept = '';
  for (const { segment } of words.segment(text)) {
    if (length(kept + segment) > limit - 1) break;
    kept += segment;
  }
  return `${kept}…`;
}

/**
 * extract: a title for an article printed without one — its lead clause, the first that says
 * who did what (scene-setting clauses skipped), cut at a clause or word boundary, never
 * longer than {@link provisionalTitleLength}. The editor is asked to confirm it.
 */
export function provisionalTitle(body: readonly Block[]): string | null {
  const paragraphs = body.filter((block) => block.kind === 'paragraph' || block.kind === 'turn').slice(0, 2);
  const clauses = paragraphs.flatMap((block) =>
    block.text
      .split(/[。！？；]/)
      .flatMap((sentence) => sentence.split(/[，：]/))
      .map((clause) => clause.replace(/\s+/g, '').replace(/^[而且并]/, ''))
      .filter(Boolean),
  );
  const telling = clauses.filter((clause) => length(clause) >= 8 && !setting.test(toSimplified(clause)));
  const first = telling[0] ?? clauses[0];
  if (first && length(first) <= provisionalTitleLength) return first;
  return first ? cutAtWord(first, provisionalTitleLength) : null;
}
