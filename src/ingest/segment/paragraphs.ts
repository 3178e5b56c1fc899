import { endsMidSentence, visibleLength } from '../chars.ts';
import { removeLayoutSpaces, tidyDisplaySpaces } from '../normalize.ts';
import type { Block, LayoutKind } from '../types.ts';
import type { Piece, Shape } from './classify.ts';
import { joinLines, joinWrapped } from './join.ts';
import { columnWidth } from './patterns.ts';

export interface JoinOptions {
  /** Paragraph endings (text) after which a column jumped: never glue the next block on. */
  breaksAfter?: readonly string[];
}

const kindOfShape: Record<Shape, LayoutKind> = {
  text: 'paragraph',
  short: 'display',
  tiny: 'label',
  byline: 'byline',
  unit: 'unit',
  credit: 'credit',
  subtitle: 'subtitle',
  label: 'heading',
  markdown: 'heading',
};

function blockOf(piece: Piece): Block {
  const texts = piece.lines.map((line) => line.text);
  const from = piece.lines[0]?.line ?? 0;
  const to = piece.lines.at(-1)?.line ?? from;
  const base = { from, to, gapBefore: piece.gapBefore, gapAfter: piece.gapAfter };
  if (piece.shape === 'text') {
    const block: Block = {
      ...base,
      kind: piece.speaker ? 'turn' : 'paragraph',
      text: removeLayoutSpaces(joinLines(texts)),
    };
    if (piece.speaker) Object.assign(block, { speaker: piece.speaker, role: piece.role });
    return block;
  }
  if (piece.shape === 'markdown') {
    const kind: LayoutKind =
      piece.level === 1 ? 'markdown-title' : /^(?:——|--)/.test(piece.content) ? 'subtitle' : 'heading';
    return { ...base, kind, text: tidyDisplaySpaces(piece.content.replace(/^(?:——|--)\s*/, '')) };
  }
  const text =
    piece.shape === 'credit' || piece.shape === 'byline'
      ? piece.content.replace(/\s+/g, ' ')
      : tidyDisplaySpaces(piece.content);
  return { ...base, kind: kindOfShape[piece.shape], text };
}

function lastLineLength(block: Block, lengths: Map<Block, number>): number {
  return lengths.get(block) ?? visibleLength(block.text);
}

/**
 * segment: pieces → blocks. A paragraph or turn that stops mid-sentence takes the next
 * running text as its continuation (hard wraps, with or without blank lines between the
 * halves); a short line continues it only when the paragraph was set in a narrow column —
 * after a long line, a short line is a heading.
 */
export function joinParagraphs(pieces: readonly Piece[], options: JoinOptions = {}): Block[] {
  const blocks: Block[] = [];
  const lastLine = new Map<Block, number>();
  const breaksAfter = options.breaksAfter ?? [];
  for (const piece of pieces) {
    const open = blocks.at(-1);
    const continuable =
      open &&
      (open.kind === 'paragraph' || open.kind === 'turn') &&
      endsMidSentence(open.text) &&
      !breaksAfter.some((ending) => open.text.endsWith(ending));
    const narrow = open ? lastLineLength(open, lastLine) <= columnWidth : false;
    const continues =
      continuable &&
      !piece.speaker &&
      (piece.shape === 'text' || ((piece.shape === 'short' || piece.shape === 'tiny') && narrow));
    const next = blockOf(piece);
    if (open && continues) {
      const joinedText =
        piece.shape === 'text' ? next.text : removeLayoutSpaces(joinLines(piece.lines.map((line) => line.text)));
      open.text = joinWrapped(open.text, joinedText);
      open.to = next.to;
      open.gapAfter = next.gapAfter;
      // Narrow columns wrap across blank lines routinely (003); two long lines joined that way
      // look just like a column jump (000 …从普通), so the report asks the editor to check.
      const longNext = visibleLength(piece.lines[0]?.text ?? '') > columnWidth;
      if (piece.gapBefore > 0 && !narrow && longNext)
        open.joinedAcrossBlank = [...(open.joinedAcrossBlank ?? []), next.from];
    } else {
      blocks.push(next);
    }
    const target = blocks.at(-1);
    if (target) lastLine.set(target, visibleLength(piece.lines.at(-1)?.text ?? ''));
  }
  return blocks;
}
