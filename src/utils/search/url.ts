// The search state lives in the URL so a trainer can link a search: /search/?q=暖心驿站&region=顺义区
export const filterKeys = ['region', 'province', 'measure', 'year'] as const;
export type FilterKey = (typeof filterKeys)[number];

export interface SearchState {
  q: string;
  /** Selected values per filter; several values of one filter mean "any of them". */
  filters: Record<FilterKey, string[]>;
}

export function emptyFilters(): SearchState['filters'] {
  return { region: [], province: [], measure: [], year: [] };
}

/**
 * Characters of a query searched at most: a pasted sentence fits; a pasted page (10 kB took
 * ~10 s, 100 kB ~85 s) is cut, and the page says so.
 */
export const queryLimit = 100;

/** The query as searched: its first {@link queryLimit} characters (code points), and whether it was cut. */
export function limitQuery(q: string): { q: string; cut: boolean } {
  const characters = Array.from(q);
  if (characters.length <= queryLimit) return { q, cut: false };
  return { q: characters.slice(0, queryLimit).join('').trim(), cut: true };
}

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const key of filterKeys) filters[key] = [...new Set(params.getAll(key).filter(Boolean))];
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a state, filters in a fixed order so equal searches give equal URLs. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of filterKeys) for (const value of [...state.filters[key]].sort()) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function toggleFilter(state: SearchState, key: FilterKey, value: string): SearchState {
  const current = state.filters[key];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [key]: next } };
}

/** A link to a passage that makes the case page mark `strings` (as the page writes them). */
export function highlightUrl(pageUrl: string, strings: string[], anchor: string | null): string {
  const [path = '', existingHash] = pageUrl.split('#');
  const params = new URLSearchParams();
  for (const text of strings) params.append('highlight', text);
  const query = params.toString();
  const hash = anchor ?? existingHash;
  return `${path}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}
