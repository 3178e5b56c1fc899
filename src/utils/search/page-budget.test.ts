import { describe, expect, it } from 'vitest';
import type { Fragment } from '../../pagefind/fragment-file.ts';
import { withinBudget } from './page-budget.ts';

const fragment = (content: string, anchors: Fragment['anchors'] = []): Fragment => ({
  url: '/cases/a/',
  content,
  meta: { title: '标题' },
  filters: {},
  anchors,
});

describe('withinBudget', () => {
  it('leaves a page within the budget as it is', () => {
    const page = fragment('工会 会改 改革', [{ id: 'p-1', location: 0 }]);
    expect(withinBudget(page, 3)).toBe(page);
  });

  it('cuts a longer page after its first words, dropping the anchors beyond', () => {
    const page = fragment('工会 会改 改革 职工 工之 之家', [
      { id: 'p-1', location: 0 },
      { id: 'p-2', location: 3 },
    ]);
    expect(withinBudget(page, 3)).toEqual({
      ...page,
      content: '工会 会改 改革',
      anchors: [{ id: 'p-1', location: 0 }],
    });
  });

  it('cuts a 5 MB text in a few milliseconds', () => {
    const page = fragment('工会 '.repeat(2_500_000));
    const started = performance.now();
    const cut = withinBudget(page);
    expect(cut.content.split(' ')).toHaveLength(200_000);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
