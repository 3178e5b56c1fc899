import { describe, expect, it } from 'vitest';
import type { Block } from './types.ts';
import { resolvePositionLabels } from './web-labels.ts';

const block = (kind: Block['kind'], text: string): Block => ({ kind, text, from: 1, to: 1, gapBefore: 1, gapAfter: 1 });

describe('resolvePositionLabels', () => {
  it('joins each label to the passage at its position, on the Simplified fold, with its heading', () => {
    const body = [block('paragraph', '工會建驛站。'), block('heading', '服務職工'), block('paragraph', '開展送溫暖。')];
    const { passages, problems } = resolvePositionLabels(
      [{ file: 'p.txt', passages: 2, measures: [['outdoor-worker-stations'], ['hardship-assistance']] }],
      () => body,
    );
    expect(problems).toEqual([]);
    expect(passages).toEqual([
      { source: 'p.txt', heading: null, text: '工会建驿站。', expected: ['outdoor-worker-stations'] },
      { source: 'p.txt', heading: '服务职工', text: '开展送温暖。', expected: ['hardship-assistance'] },
    ]);
  });

  it('reports a page whose passages no longer match its labels instead of guessing', () => {
    const { passages, problems } = resolvePositionLabels(
      [
        { file: 'p.txt', passages: 3, measures: [[], [], []] },
        { file: 'q.txt', passages: 1, measures: [[]] },
      ],
      (file) => (file === 'p.txt' ? [block('paragraph', '一段。')] : null),
    );
    expect(passages).toEqual([]);
    expect(problems).toEqual(['p.txt: 1 passages now, labelled for 3', 'q.txt: not published by the ingest']);
  });
});
