import { describe, expect, it } from 'vitest';
import { groupByYear, newestFirst, yearLabel, yearSlug } from './case-order.ts';

const entry = (id: string, year: number | null, date?: string) => ({
  id,
  data: { id, year, provenance: date ? { date } : {} },
});

describe('newestFirst', () => {
  it('orders by year, then publication date, then id', () => {
    const cases = [
      entry('b', 2019),
      entry('a', 2019),
      entry('c', 2020),
      entry('d', 2019, '2019-12-10'),
      entry('e', 2019, '2019-03-01'),
    ];
    expect(newestFirst(cases).map((item) => item.id)).toEqual(['c', 'd', 'e', 'a', 'b']);
  });

  it('puts cases without a known year last', () => {
    expect(newestFirst([entry('a', null), entry('b', 1998)]).map((item) => item.id)).toEqual(['b', 'a']);
  });

  it('does not change its input', () => {
    const cases = [entry('a', 2018), entry('b', 2020)];
    newestFirst(cases);
    expect(cases.map((item) => item.id)).toEqual(['a', 'b']);
  });
});

describe('groupByYear', () => {
  it('groups cases by year, newest year first', () => {
    const groups = groupByYear([entry('a', 2019), entry('d', null), entry('b', 2020), entry('c', 2019)]);
    expect(groups.map(({ year, cases }) => [year, cases.map((item) => item.id)])).toEqual([
      [2020, ['b']],
      [2019, ['a', 'c']],
      [null, ['d']],
    ]);
  });
});

describe('year labels', () => {
  it('name a year or say it is unknown, in text and URL', () => {
    expect([yearLabel(2019), yearSlug(2019)]).toEqual(['2019 年', '2019']);
    expect([yearLabel(null), yearSlug(null)]).toEqual(['年份不详', 'unknown']);
  });
});
