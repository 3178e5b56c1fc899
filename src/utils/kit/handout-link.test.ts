import { describe, expect, it } from 'vitest';
import { plainQuery, type Handout } from './handout.ts';
import { handoutQuery, plainLinkLimit, readHandoutQuery } from './handout-link.ts';

const passages = (count: number, note: (index: number) => string): Handout => ({
  title: '三地经验对照',
  items: Array.from({ length: count }, (_, index) => ({
    caseId: `case-${index % 10}`,
    anchor: `p-${index.toString(36)}x7k2`,
    note: note(index),
  })),
});

describe('handoutQuery', () => {
  it('keeps a short handout readable', async () => {
    const query = await handoutQuery(passages(3, () => ''));
    expect(query.startsWith('?t=')).toBe(true);
    expect(await readHandoutQuery(query)).toEqual({ handout: passages(3, () => '') });
  });

  it('compresses a long one, and it opens to the same handout', async () => {
    const long = passages(36, (index) => `第${index + 1}段：请学员对照本地做法，讨论其中的经验和可推广之处。`);
    const query = await handoutQuery(long);
    expect(query.startsWith('?z=')).toBe(true);
    expect(plainQuery(long).length).toBeGreaterThan(plainLinkLimit);
    expect(query.length).toBeLessThan(plainQuery(long).length / 2);
    expect(await readHandoutQuery(query)).toEqual({ handout: long });
  });

  it('says when a compressed link is damaged, and when a query is no handout', async () => {
    expect(await readHandoutQuery('?z=AAAA')).toEqual({ handout: null, unreadable: true });
    expect(await readHandoutQuery('?q=1')).toEqual({ handout: null, unreadable: false });
  });
});
