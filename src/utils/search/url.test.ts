import { describe, expect, it } from 'vitest';
import { highlightUrl, parseSearchState, searchQueryString, toggleFilter, limitQuery, queryLimit } from './url.ts';

describe('search state in the URL', () => {
  it('round-trips query and filters in a stable order', () => {
    const state = parseSearchState('?measure=%E6%9A%96&q=%E6%9A%96%E5%BF%83%E9%A9%BF%E7%AB%99&region=b&region=a');
    expect(state.q).toBe('暖心驿站');
    expect(state.filters.region).toEqual(['b', 'a']);
    expect(searchQueryString(state)).toBe(
      '?q=%E6%9A%96%E5%BF%83%E9%A9%BF%E7%AB%99&region=a&region=b&measure=%E6%9A%96',
    );
  });
  it('toggles a filter value on and off', () => {
    const on = toggleFilter(parseSearchState('?q=x'), 'year', '2019');
    expect(on.filters.year).toEqual(['2019']);
    expect(toggleFilter(on, 'year', '2019').filters.year).toEqual([]);
  });
});

describe('highlightUrl', () => {
  it('carries the strings as written and the passage anchor', () => {
    expect(highlightUrl('/cases/beijing/', ['暖心驿站'], 'p-1')).toBe(
      '/cases/beijing/?highlight=%E6%9A%96%E5%BF%83%E9%A9%BF%E7%AB%99#p-1',
    );
    expect(highlightUrl('/cases/beijing/', [], null)).toBe('/cases/beijing/');
  });
});

describe('limitQuery', () => {
  it('keeps a query up to the limit as it is', () => {
    expect(limitQuery('暖心驿站')).toEqual({ q: '暖心驿站', cut: false });
    expect(limitQuery('工'.repeat(queryLimit))).toEqual({ q: '工'.repeat(queryLimit), cut: false });
  });
  it('cuts a longer one at the limit, counting characters, not UTF-16 units', () => {
    expect(limitQuery('工会'.repeat(5000))).toEqual({ q: '工会'.repeat(queryLimit / 2), cut: true });
    const wide = '𠀀'.repeat(queryLimit + 1);
    expect(limitQuery(wide).q).toBe('𠀀'.repeat(queryLimit));
  });
});
