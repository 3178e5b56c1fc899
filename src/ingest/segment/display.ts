import type { Block } from '../types.ts';

/** Blank lines around a photo caption in a pasted page: photos leave wide gaps. */
const photoGap = 2;

/**
 * segment: short display lines inside a body become headings or photo captions. Captions
 * stand apart (wide gaps on both sides, or in a run of such lines); a heading broken over
 * several lines (002: 突出政治性 / 确保…始终 / 坚定清晰) is put back together.
 */
export function resolveDisplayBlocks(body: readonly Block[]): Block[] {
  const result: Block[] = [];
  let index = 0;
  while (index < body.length) {
    const block = body[index];
    if (!block) break;
    if (block.kind !== 'display') {
      result.push(block);
      index++;
      continue;
    }
    let end = index + 1;
    // A one-line label right under a display line is its broken-off end (002: …始终 / 坚定清晰).
    const tail = (candidate: Block | undefined) =>
      candidate?.kind === 'label' && candidate.from === candidate.to && candidate.gapBefore <= 1;
    while (body[end]?.kind === 'display' || tail(body[end])) end++;
    const run = body.slice(index, end);
    const apart = (candidate: Block) => candidate.gapBefore >= photoGap && candidate.gapAfter >= photoGap;
    const captionRun = run.length >= 2 && run.slice(0, -1).every((candidate) => candidate.gapAfter >= photoGap);
    if (captionRun || (run.length === 1 && apart(block))) {
      result.push(...run.map((candidate): Block => ({ ...candidate, kind: 'caption' })));
    } else if (run.every((candidate, position) => position === 0 || candidate.gapBefore <= 1)) {
      const last = run.at(-1) ?? block;
      result.push({
        ...block,
        kind: 'heading',
        text: run.map((candidate) => candidate.text).join(''),
        to: last.to,
        gapAfter: last.gapAfter,
      });
    } else {
      result.push(...run.map((candidate): Block => ({ ...candidate, kind: apart(candidate) ? 'caption' : 'heading' })));
    }
    index = end;
  }
  return result;
}
