// The filter panel: checkbox groups with counts that say what they count (the results the status
// line counts) and, while unread results may add to them, that they are lower bounds (至少 N).
import { t } from '../../i18n/t.ts';
import type { Facet } from '../../utils/search/facets.ts';
import { toggleFilter, type SearchState } from '../../utils/search/url.ts';
import { h } from './dom.ts';
import type { SearchView } from './search-view.ts';

const facetLabel = {
  region: 'search.filter.region',
  province: 'search.filter.province',
  measure: 'search.filter.measure',
  year: 'search.filter.year',
} as const;

/** Values shown per filter before the rest fold away under “更多”. */
const visibleValues = 6;

function checkbox(
  facet: Facet,
  option: Facet['values'][number],
  view: SearchView,
  onChange: (next: SearchState) => void,
): HTMLElement {
  const input = h('input', { type: 'checkbox', name: facet.key, value: option.value }) as HTMLInputElement;
  input.checked = option.selected;
  input.addEventListener('change', () => onChange(toggleFilter(view.state, facet.key, option.value)));
  const label = facet.key === 'year' ? t('search.yearValue', { year: option.value }) : option.value;
  // While unread results may add to it a count is a lower bound, and says so.
  const count = view.countOpen ? t('search.facetAtLeast', { count: option.count }) : String(option.count);
  return h('label', {}, input, ` ${label} `, h('span', { class: 'count' }, `(${count})`));
}

/** What the numbers in brackets count: the same results the status line counts. */
function countsCaption(view: SearchView): string {
  const measure = view.taggedOnly[0]?.measure?.name ?? '';
  const key = {
    saying: 'search.facetCounts.saying',
    taggedOnly: 'search.facetCounts.taggedOnly',
    related: 'search.facetCounts.related',
    all: 'search.facetCounts.all',
  } as const;
  return t(key[view.counted], { q: view.state.q, measure });
}

/**
 * Checkbox groups with counts in a panel (open beside the results on a wide screen, one tap
 * away on a phone); ticking one calls `onChange` with the new state.
 */
export function facetPanel(view: SearchView, open: boolean, onChange: (next: SearchState) => void): HTMLElement {
  const facets = view.facets ?? [];
  const groups = facets
    .filter((facet) => facet.values.length > 0)
    .map((facet) => {
      const boxes = facet.values.map((option) => checkbox(facet, option, view, onChange));
      const folded = boxes.splice(visibleValues).filter(Boolean);
      const hiddenSelected = facet.values.slice(visibleValues).some((option) => option.selected);
      const more =
        folded.length > 0
          ? h(
              'details',
              hiddenSelected ? { open: '' } : {},
              h('summary', {}, t('search.moreValues', { count: folded.length })),
              ...folded,
            )
          : null;
      return h('fieldset', { 'data-key': facet.key }, h('legend', {}, t(facetLabel[facet.key])), ...boxes, more);
    });
  const selected = facets.reduce((sum, facet) => sum + facet.values.filter((option) => option.selected).length, 0);
  const summary = selected > 0 ? t('search.filtersSelected', { count: selected }) : t('search.filters');
  return h(
    'details',
    { class: 'search-filter-panel', ...(open ? { open: '' } : {}) },
    h('summary', {}, summary),
    h(
      'form',
      { class: 'search-facets', 'aria-label': t('search.filters') },
      h('p', { class: 'search-facets-caption' }, countsCaption(view)),
      ...groups,
    ),
  );
}
