import { describe, expect, it } from 'vitest';
import { applyFilters, facetCounts } from './facets.ts';
import { emptyFilters } from './url.ts';

const items = [
  { filters: { region: ['顺义区'], province: ['北京市'], year: ['2019'], measure: ['党建带工建', '技能竞赛'] } },
  { filters: { region: ['顺义区'], province: ['北京市'], year: ['2018'], measure: ['技能竞赛'] } },
  { filters: { region: ['台州市'], province: ['浙江省'], year: ['2019'], measure: ['党建带工建'] } },
];

describe('applyFilters', () => {
  it('ANDs across keys and ORs within one key', () => {
    expect(applyFilters(items, { ...emptyFilters(), province: ['北京市'], measure: ['党建带工建'] })).toHaveLength(1);
    expect(applyFilters(items, { ...emptyFilters(), region: ['顺义区', '台州市'] })).toHaveLength(3);
  });
});

describe('facetCounts', () => {
  it('counts each value under the other keys’ selections', () => {
    const facets = facetCounts(items, { ...emptyFilters(), region: ['台州市'] });
    const region = facets.find((facet) => facet.key === 'region');
    expect(region?.values).toEqual([
      { value: '顺义区', count: 2, selected: false },
      { value: '台州市', count: 1, selected: true },
    ]);
    const year = facets.find((facet) => facet.key === 'year');
    expect(year?.values).toEqual([{ value: '2019', count: 1, selected: false }]);
  });
  it('keeps a selected value that no longer matches, with 0, so it can be unticked', () => {
    const facets = facetCounts(items.slice(0, 1), { ...emptyFilters(), year: ['2017'] });
    expect(facets.find((facet) => facet.key === 'year')?.values).toContainEqual({
      value: '2017',
      count: 0,
      selected: true,
    });
  });
});
