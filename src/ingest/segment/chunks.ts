import type { Chunk, SourceLine } from '../types.ts';

/** segment: lines → runs of non-blank lines, each with the blank lines around it. */
export function toChunks(lines: readonly SourceLine[]): Chunk[] {
  const chunks: Chunk[] = [];
  let gap = 0;
  let current: SourceLine[] = [];
  const close = () => {
    if (current.length) chunks.push({ lines: current, gapBefore: gap, gapAfter: 0 });
    current = [];
  };
  for (const line of lines) {
    if (line.text === '') {
      if (current.length) {
        close();
        gap = 0;
      }
      gap++;
      continue;
    }
    current.push(line);
  }
  close();
  for (let index = 0; index < chunks.length; index++) {
    const next = chunks[index + 1];
    const chunk = chunks[index];
    if (chunk) chunk.gapAfter = next ? next.gapBefore : Number.POSITIVE_INFINITY;
  }
  // The top of the file counts as a wide gap, like the bottom.
  if (chunks[0]) chunks[0].gapBefore = Number.POSITIVE_INFINITY;
  return chunks;
}
