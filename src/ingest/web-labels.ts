import { toSimplified } from '../content-model/simplified.ts';
import type { LabelledPassage } from './tag-eval.ts';
import type { Block } from './types.ts';

/**
 * Labels of third-party pages, kept without their text: the page's file, how many passages its
 * ingest yields, and the measures of each passage in order.
 */
export interface PositionLabels {
  file: string;
  passages: number;
  measures: string[][];
}

/**
 * The labelled passages of pages read at run time: each label joined to the passage at its
 * position in the ingested body, on the same Simplified fold the tag stage reads. A page whose
 * passage count changed is reported, not guessed at.
 */
export function resolvePositionLabels(
  labels: readonly PositionLabels[],
  bodyOf: (file: string) => readonly Block[] | null,
): { passages: LabelledPassage[]; problems: string[] } {
  const passages: LabelledPassage[] = [];
  const problems: string[] = [];
  for (const label of labels) {
    const body = bodyOf(label.file);
    if (!body) {
      problems.push(`${label.file}: not published by the ingest`);
      continue;
    }
    let heading: string | null = null;
    const running: LabelledPassage[] = [];
    for (const block of body) {
      if (block.kind === 'heading') heading = toSimplified(block.text);
      if (block.kind !== 'paragraph' && block.kind !== 'turn') continue;
      running.push({ source: label.file, heading, text: toSimplified(block.text), expected: [] });
    }
    if (running.length !== label.passages || label.measures.length !== label.passages) {
      problems.push(`${label.file}: ${running.length} passages now, labelled for ${label.passages}`);
      continue;
    }
    running.forEach((passage, index) => passages.push({ ...passage, expected: label.measures[index] ?? [] }));
  }
  return { passages, problems };
}
