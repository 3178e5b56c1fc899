import { visibleLength } from '../chars.ts';
import type { Block, SetAside } from '../types.ts';
import { columnWidth } from './patterns.ts';

/** Share of a heading's character pairs found in the paragraph under it, at the least. */
const headingOverlap = 0.25;

/** Words that name a photo, not a section (…合影, …现场, 图为…): such a line is a caption whatever follows. */
const photoWords = /(?:合影|留影|现场|一角|掠影|剪影|瞬间)$|^图为/;

const enumerated =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第[一二三四五六七八九十]+)/;

function pairsOf(text: string): Set<string> {
  const han = text.replace(/[^\p{Script=Han}\p{L}\d]/gu, '');
  const pairs = new Set<string>();
  for (let at = 0; at + 1 < han.length; at++) pairs.add(han.slice(at, at + 2));
  return pairs;
}

/** How much of the short line the paragraph under it repeats. */
function overlap(line: string, paragraph: string): number {
  const own = pairsOf(line);
  if (own.size === 0) return 0;
  const other = pairsOf(paragraph);
  let shared = 0;
  for (const pair of own) if (other.has(pair)) shared++;
  return shared / own.size;
}

const isWebParagraph = (block: Block | undefined) =>
  block?.kind === 'paragraph' && visibleLength(block.text.split('\n')[0] ?? '') > columnWidth;

/**
 * segment (pasted web pages): the caption of a photo the copy lost. It stands where the photo
 * stood, between two one-line web paragraphs, glued to the paragraph below — just as a section
 * heading does; but a heading names what the paragraph under it is about, and a caption names
 * what the photo showed (揭牌仪式, 布置时尚的…市集), which that paragraph seldom repeats. With
 * its photo gone it is page furniture: set aside with the reason, never a heading.
 */
export function removeWebCaptions(body: readonly Block[]): { body: Block[]; removed: SetAside[] } {
  const kept: Block[] = [];
  const removed: SetAside[] = [];
  body.forEach((block, index) => {
    const below = body[index + 1];
    const caption =
      (block.kind === 'display' || block.kind === 'label') &&
      below?.from === block.to + 1 &&
      isWebParagraph(body[index - 1]) &&
      isWebParagraph(below) &&
      !enumerated.test(block.text) &&
      (photoWords.test(block.text) || overlap(block.text, below?.text ?? '') < headingOverlap);
    if (!caption) kept.push(block);
    else
      removed.push({
        text: block.text,
        from: block.from,
        to: block.to,
        reason: '图片说明（图片没有随文字保存；这行说的是照片，不是下一段的小标题）',
      });
  });
  return { body: kept, removed };
}
