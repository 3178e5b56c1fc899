import { tagPassage } from './tag.ts';
import type { MeasureEntry } from '../content-model/measure.ts';
import type { Block } from './types.ts';

/**
 * tag: measure ids for each body block — paragraphs and turns are tagged with the section
 * heading they stand under; headings, captions and credits carry none.
 */
export function tagBlocks(body: readonly Block[], taxonomy: readonly MeasureEntry[]): string[][] {
  let heading: string | null = null;
  return body.map((block) => {
    if (block.kind === 'heading') heading = block.text;
    if (block.kind !== 'paragraph' && block.kind !== 'turn') return [];
    return tagPassage({ text: block.text, heading }, taxonomy);
  });
}
