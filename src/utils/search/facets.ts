// Filter counts computed from the verified results, so a count never promises pages the list
// would then drop. Filters combine as AND across keys, OR within one key.
import { filterKeys, type FilterKey, type SearchState } from './url.ts';

export interface Facet {
  key: FilterKey;
  values: Array<{ value: string; count: number; selected: boolean }>;
}

type Filterable = { filters: Record<string, string[]> };

function matchesKey(item: Filterable, key: FilterKey, selected: string[]): boolean {
  return selected.length === 0 || (item.filters[key] ?? []).some((value) => selected.includes(value));
}

export function applyFilters<T extends Filterable>(items: T[], filters: SearchState['filters']): T[] {
  return items.filter((item) => filterKeys.every((key) => matchesKey(item, key, filters[key])));
}

/**
 * For each filter key, how many items each value would leave given the selections on the
 * OTHER keys (the usual faceted-search count), values by count then name; years newest first.
 */
export function facetCounts(items: Filterable[], filters: SearchState['filters']): Facet[] {
  return filterKeys.map((key) => {
    const others = { ...filters, [key]: [] };
    const counts = new Map<string, number>();
    for (const item of applyFilters(items, others))
      for (const value of new Set(item.filters[key] ?? [])) counts.set(value, (counts.get(value) ?? 0) + 1);
    for (const value of filters[key]) if (!counts.has(value)) counts.set(value, 0);
    const values = [...counts].map(([value, count]) => ({ value, count, selected: filters[key].includes(value) }));
    values.sort((a, b) =>
      key === 'year' ? b.value.localeCompare(a.value) : b.count - a.count || a.value.localeCompare(b.value, 'zh-CN'),
    );
    return { key, values };
  });
}
