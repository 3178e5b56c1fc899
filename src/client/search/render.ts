// Renders the ranked results, the filter facets and the no-result help into the search page.
import { t } from '../../i18n/t.ts';
import { excerpt, matchedStrings, readable } from '../../utils/search/excerpt.ts';
import type { Facet } from '../../utils/search/facets.ts';
import { characterPairs } from '../../utils/search/pairs.ts';
import type { Ranked } from '../../utils/search/rank.ts';
import type { Suggestion } from '../../utils/search/suggest.ts';
import { looseForm, type Fold } from '../../utils/search/text.ts';
import { highlightUrl, searchQueryString, toggleFilter, type SearchState } from '../../utils/search/url.ts';
import { h } from './dom.ts';
import { kitPassageRef } from '../../utils/kit/passage-ref.ts';

function marked(text: string, terms: string[], fold: Fold, length: number): HTMLElement {
  const paragraph = h('p', { class: 'search-excerpt' });
  for (const segment of excerpt(text, terms, length, fold))
    paragraph.append(segment.mark ? h('mark', {}, segment.text) : segment.text);
  return paragraph;
}

/** The page text after its own heading, which the result already shows as its link. */
function withoutTitle(content: string, title: string): string {
  const text = readable(content);
  const heading = readable(title);
  return text.startsWith(heading) ? text.slice(heading.length).replace(/^[.。\s]+/u, '') : text;
}

/** One case: title linking to the best passage (with highlight), region · year, excerpt. */
export function caseItem(result: Ranked, terms: string[], fold: Fold): HTMLElement {
  const { candidate, passage } = result;
  // A page found through its tag alone is quoted from the passage tagged with the measure.
  const taggedText =
    result.hits === 0 ? candidate.taggedPassages?.find((entry) => entry.passage === passage)?.text : undefined;
  const text = taggedText ? readable(taggedText) : withoutTitle(candidate.content, candidate.title);
  // A related page lacks the whole term: show and mark the character pairs it does share.
  const shown = result.tier === 'related' ? terms.flatMap((term) => characterPairs(looseForm(term, fold))) : terms;
  const strings = matchedStrings(text, shown, fold);
  const href = highlightUrl(candidate.url, strings, passage);
  const details = [
    candidate.meta['region'],
    candidate.meta['year'] && t('search.yearValue', { year: candidate.meta['year'] }),
  ];
  return h(
    'li',
    // The handout kit's own module (client/kit/add-buttons.ts) adds 加入讲义 to results naming a passage.
    { class: 'search-result', 'data-kit-passage': kitPassageRef(candidate.url, passage) },
    h('h2', {}, h('a', { href }, candidate.title)),
    h('p', { class: 'search-meta' }, details.filter(Boolean).join(' · ')),
    result.hits === 0 && result.tagged
      ? h('p', { class: 'search-tagged' }, t('search.taggedOnly', { q: terms.join(' ') }))
      : null,
    marked(text, shown, fold, 90),
  );
}

/** Measure pages offered beside the cases (they take no place in the case list). */
export function measureList(results: Ranked[]): HTMLElement | null {
  if (results.length === 0) return null;
  const items = results.map(({ candidate }) => h('li', {}, h('a', { href: candidate.url }, candidate.title)));
  return h(
    'section',
    { class: 'search-measures', 'aria-labelledby': 'search-measures-title' },
    h('h2', { id: 'search-measures-title' }, t('search.measures')),
    h('ul', {}, ...items),
  );
}

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
  state: SearchState,
  onChange: (next: SearchState) => void,
): HTMLElement {
  const input = h('input', { type: 'checkbox', name: facet.key, value: option.value }) as HTMLInputElement;
  input.checked = option.selected;
  input.addEventListener('change', () => onChange(toggleFilter(state, facet.key, option.value)));
  const label = facet.key === 'year' ? t('search.yearValue', { year: option.value }) : option.value;
  return h('label', {}, input, ` ${label} `, h('span', { class: 'count' }, `(${option.count})`));
}

/**
 * Checkbox groups with counts in a panel (open beside the results on a wide screen, one tap
 * away on a phone); ticking one calls `onChange` with the new state.
 */
export function facetPanel(
  facets: Facet[],
  state: SearchState,
  open: boolean,
  onChange: (next: SearchState) => void,
): HTMLElement {
  const groups = facets
    .filter((facet) => facet.values.length > 0)
    .map((facet) => {
      const boxes = facet.values.map((option) => checkbox(facet, option, state, onChange));
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
    h('form', { class: 'search-facets', 'aria-label': t('search.filters') }, ...groups),
  );
}

/** Shown above results that only share some characters with the query. */
export function nearMeasures(measures: Suggestion[]): HTMLElement | null {
  return linkList(t('search.suggestMeasures'), measures);
}

function linkList(title: string, items: Suggestion[]): HTMLElement | null {
  if (items.length === 0) return null;
  return h(
    'section',
    {},
    h('h3', {}, title),
    h(
      'ul',
      { class: 'search-suggestions' },
      ...items.map((item) => h('li', {}, h('a', { href: item.href }, item.label))),
    ),
  );
}

/** The no-result help: what happened, what to try, where to go — never a dead end. */
export function emptyHelp(
  state: SearchState,
  measures: Suggestion[],
  regions: Suggestion[],
  filtered: boolean,
): HTMLElement {
  const cleared = `/search/${searchQueryString({ ...state, filters: { region: [], province: [], measure: [], year: [] } })}`;
  return h(
    'div',
    { class: 'search-empty' },
    h('h2', {}, filtered ? t('search.emptyFiltered') : t('search.emptyTitle', { q: state.q })),
    filtered ? h('p', {}, h('a', { href: cleared }, t('search.clearFilters'))) : h('p', {}, t('search.emptyTips')),
    linkList(t('search.suggestMeasures'), measures),
    linkList(t('search.suggestRegions'), regions),
    h(
      'p',
      {},
      h('a', { href: '/' }, t('search.browseAll')),
      ' · ',
      h('a', { href: '/measures/' }, t('search.browseMeasures')),
    ),
  );
}

/** Reads the next matches; the list re-renders when they are in. */
export function moreButton(onClick: () => Promise<void>): HTMLElement {
  const button = h('button', { type: 'button', class: 'search-more' }, t('search.more')) as HTMLButtonElement;
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = t('search.loading');
    void onClick();
  });
  return button;
}
