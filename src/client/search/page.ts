// The /search/ page: reads the state from the URL, searches (session.ts: candidates from Pagefind,
// loaded only once there is something to search, re-ranked; only the latest search paints) and
// renders the answer; filters only re-render.
import { t } from '../../i18n/t.ts';
import { scriptFolds, type ScriptTable } from '../../content-model/script-table.ts';
import { gb2312Han } from '../../utils/search/simplified-text.ts';
import { closest, type Suggestion } from '../../utils/search/suggest.ts';
import {
  limitQuery,
  parseSearchState,
  queryLimit,
  searchQueryString,
  type SearchState,
} from '../../utils/search/url.ts';
import { loadPagefind, readManifest } from './pagefind.ts';
import { facetPanel } from './facet-panel.ts';
import {
  broaderNote,
  caseItem,
  emptyHelp,
  measureList,
  moreButton,
  nearMeasures,
  pendingNote,
  taggedSection,
} from './render.ts';
import type { SearchView } from './search-view.ts';
import { searchSession } from './session.ts';

const app = document.querySelector<HTMLElement>('#search-app');
const form = document.querySelector<HTMLFormElement>('#search-form');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const suggestions = JSON.parse(document.querySelector('#search-suggestions')?.textContent ?? '{}') as {
  measures?: Suggestion[];
  regions?: Suggestion[];
};

function region(name: string): HTMLElement {
  const element = app?.querySelector<HTMLElement>(`[data-region="${name}"]`);
  if (!element) throw new Error(`#search-app lacks [data-region="${name}"]`);
  return element;
}

/** Whether the search being shown was cut to {@link queryLimit} characters (only the latest paints). */
let queryCut = false;

/** Searches `state` with its query cut at the limit; `typedTooLong`: it was cut before it went into the address. */
function search(state: SearchState, typedTooLong = false): Promise<void> {
  const limited = limitQuery(state.q);
  queryCut = typedTooLong || limited.cut;
  return session.show({ ...state, q: limited.q });
}

/** Says that only the start of an overlong query was searched. */
function noteCut(): void {
  if (!queryCut) return;
  const note = document.createElement('p');
  note.className = 'search-note';
  note.textContent = t('search.queryCut', { limit: queryLimit });
  region('results').prepend(note);
}

function clear(state: SearchState | null): void {
  if (input && state) input.value = state.q;
  for (const name of ['facets', 'measures', 'results']) region(name).replaceChildren();
}

function onChange(next: SearchState): void {
  history.pushState(null, '', `/search/${searchQueryString(next)}`);
  search(next).catch(showFailure);
}

function statusLine(view: SearchView): string {
  const { state, saying, taggedOnly, countOpen, counted } = view;
  if (counted === 'related') return t('search.related', { q: state.q });
  if (counted === 'taggedOnly') return t('search.noneSay', { q: state.q, count: taggedOnly.length });
  const key = countOpen ? 'search.countAtLeast' : counted === 'all' ? 'search.countAll' : 'search.count';
  return t(key, { count: saying.length });
}

/**
 * Marks the results as still coming in (aria-busy: they may grow), or as complete. Not the whole
 * app: a screen reader may hold back a live region's changes inside a busy element, and the
 * status line says the count as soon as it is known.
 */
function busy(loading: boolean): void {
  const results = region('results');
  if (loading) results.setAttribute('aria-busy', 'true');
  else results.removeAttribute('aria-busy');
}

function paint(view: SearchView | null): void {
  clear(view?.state ?? parseSearchState(location.search));
  busy(view?.pending ?? false);
  const status = region('status');
  if (!view) {
    status.textContent = '';
    return;
  }
  const { state, query, terms, fold, saying, taggedOnly, related } = view;
  const panelOpen =
    matchMedia('(min-width: 48rem)').matches ||
    app?.querySelector<HTMLDetailsElement>('.search-filter-panel')?.open === true;
  if (view.facets) region('facets').replaceChildren(facetPanel(view, panelOpen, onChange));
  const box = [broaderNote(view), measureList(view.measures)].filter((part) => part !== null);
  const listed = view.counted === 'related' ? related.slice(0, 10) : saying;
  if (listed.length === 0 && taggedOnly.length === 0) {
    region('measures').replaceChildren(...box);
    status.textContent = '';
    const regions = closest(query, suggestions.regions ?? [], 3, fold);
    const fallbackRegions = regions.length > 0 ? regions : (suggestions.regions ?? []).slice(0, 8);
    region('results').replaceChildren(
      emptyHelp(state, closest(query, suggestions.measures ?? [], 5, fold), fallbackRegions, view.facets !== null),
    );
    noteCut();
    return;
  }
  const near = view.counted === 'related' ? nearMeasures(closest(query, suggestions.measures ?? [], 3, fold)) : null;
  region('measures').replaceChildren(...box, ...(near ? [near] : []));
  // Painted again once complete with the same line: a screen reader announces it once.
  const line = statusLine(view);
  if (status.textContent !== line) status.textContent = line;
  const parts: HTMLElement[] = [];
  if (listed.length > 0) {
    const list = document.createElement('ol');
    list.className = 'search-results';
    list.append(...listed.map((result) => caseItem(result, terms, fold)));
    parts.push(list);
  }
  parts.push(...(view.pending ? [pendingNote()] : taggedSection(view)));
  region('results').replaceChildren(...parts);
  if (view.unread && !view.pending && view.counted !== 'related')
    region('results').append(moreButton(() => view.more().catch(showFailure)));
  noteCut();
}

function showFailure(error: unknown): void {
  busy(false);
  const message = error instanceof Error ? error.message : String(error);
  region('status').textContent = t('search.error', { message });
}

const session = searchSession({
  loadIndex: loadPagefind,
  loadFolds: async () => {
    const response = await fetch('/search/script-table.json');
    if (!response.ok) throw new Error(`/search/script-table.json: HTTP ${response.status}`);
    return scriptFolds((await response.json()) as ScriptTable);
  },
  measures: suggestions.measures ?? [],
  onLoading: (state) => {
    clear(state);
    busy(true);
    region('status').textContent = t('search.loading');
  },
  paint,
  // After the frame that shows them (a hidden tab paints no frame: the timer goes on after 100 ms).
  painted: () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => setTimeout(resolve));
      setTimeout(resolve, 100);
    }),
});

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const { q, cut } = limitQuery(input?.value.trim() ?? '');
  const state = { ...parseSearchState(location.search), q };
  history.pushState(null, '', `/search/${searchQueryString(state)}`);
  search(state, cut).catch(showFailure);
});
addEventListener('popstate', () => search(parseSearchState(location.search)).catch(showFailure));
// While a cadre types, the index loads; on a slow network that is most of a first search's wait.
// While the page idles: the index manifest (≈2 kB: where the index is, pagefind.ts), so that loading
// it starts with the index's own files, and the GB2312 set (simplified-text.ts), which takes a legacy
// decoder's first use. (Safari has no requestIdleCallback.)
(window.requestIdleCallback ?? ((task: () => void) => setTimeout(task, 200)))(() => {
  readManifest().catch(() => undefined);
  gb2312Han();
});
input?.addEventListener('focus', session.warmUp, { once: true });
input?.addEventListener('input', session.warmUp, { once: true });
search(parseSearchState(location.search)).catch(showFailure);
