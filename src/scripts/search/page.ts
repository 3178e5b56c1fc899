// The /search/ page: reads the state from the URL, asks Pagefind for candidates (loaded only
// once there is something to search), re-ranks them and renders; filters only re-render.
import { t } from '../../i18n/t.ts';
import { applyFilters, facetCounts } from '../../utils/search/facets.ts';
import { listNewestFirst, rankCandidates, type Candidate, type Ranked } from '../../utils/search/rank.ts';
import { closest, measuresNamed, type Suggestion } from '../../utils/search/suggest.ts';
import { identity, normalizeQuery, queryTerms, type Fold } from '../../utils/search/text.ts';
import { filterKeys, parseSearchState, searchQueryString, type SearchState } from '../../utils/search/url.ts';
import { findCandidates, loadPagefind, type CandidateList, type Pagefind } from './pagefind.ts';
import { caseItem, emptyHelp, facetPanel, measureList, moreButton, nearMeasures } from './render.ts';

/** Pages whose text is read per step, best Pagefind score first. */
const batchSize = 20;
/** Matching cases that make a first answer; the rest load on “更多结果”. */
const enough = 10;

const app = document.querySelector<HTMLElement>('#search-app');
const form = document.querySelector<HTMLFormElement>('#search-form');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const suggestions = JSON.parse(document.querySelector('#search-suggestions')?.textContent ?? '{}') as {
  measures?: Suggestion[];
  regions?: Suggestion[];
};

let pagefind: Promise<Pagefind> | null = null;
/** Traditional → Simplified; its dictionary (≈60 kB) loads with the first search. */
let fold: Fold = identity;

interface Answer {
  query: string;
  terms: string[];
  list: CandidateList;
  candidates: Candidate[];
  ranked: Ranked[];
}
let answer: Answer | null = null;

/** Texts read per step at most, so a query matching little but touching much stays cheap. */
const readBudget = 60;

/** Loads the next slices of candidates until `wanted` more cases match, all or a budget are read. */
async function readMore(current: Answer, wanted: number): Promise<void> {
  const matching = () => current.ranked.filter((result) => result.candidate.kind === 'case' && result.tier !== 'related').length;
  const goal = matching() + wanted;
  const stop = current.candidates.length + readBudget;
  while (current.candidates.length < Math.min(current.list.total, stop) && matching() < goal) {
    current.candidates.push(...(await current.list.load(current.candidates.length, current.candidates.length + batchSize)));
    current.ranked = current.terms.length > 0 ? rankCandidates(current.candidates, current.terms, fold) : listNewestFirst(current.candidates);
  }
}

async function answerFor(query: string): Promise<Answer> {
  if (answer?.query === query) return answer;
  pagefind ??= loadPagefind();
  const { scriptVariants, toSimplified } = await import('../../utils/search/fold.ts');
  fold = toSimplified;
  const named = measuresNamed(query, suggestions.measures ?? [], fold).map((measure) => measure.label);
  const list = await findCandidates(await pagefind, query ? scriptVariants(query) : [], named);
  const fresh: Answer = { query, terms: queryTerms(query), list, candidates: [], ranked: [] };
  await readMore(fresh, enough);
  answer = fresh;
  return fresh;
}

function region(name: string): HTMLElement {
  const element = app?.querySelector<HTMLElement>(`[data-region="${name}"]`);
  if (!element) throw new Error(`#search-app lacks [data-region="${name}"]`);
  return element;
}

async function show(state: SearchState): Promise<void> {
  if (input) input.value = state.q;
  const query = normalizeQuery(state.q);
  const hasFilters = filterKeys.some((key) => state.filters[key].length > 0);
  const status = region('status');
  const panelOpen =
    matchMedia('(min-width: 48rem)').matches || app?.querySelector<HTMLDetailsElement>('.search-filter-panel')?.open === true;
  for (const name of ['facets', 'measures', 'results']) region(name).replaceChildren();
  if (!query && !hasFilters) {
    status.textContent = '';
    return;
  }
  status.textContent = t('search.loading');
  const current = await answerFor(query);
  const { terms, ranked } = current;
  const unread = current.candidates.length < current.list.total;
  const cases = ranked
    .filter((result) => result.candidate.kind === 'case')
    .map((result) => ({ result, filters: result.candidate.filters }));
  const visible = applyFilters(cases, state.filters).map(({ result }) => result);
  const onChange = (next: SearchState) => {
    history.pushState(null, '', `/search/${searchQueryString(next)}`);
    void show(next);
  };
  if (cases.length > 0) region('facets').replaceChildren(facetPanel(facetCounts(cases, state.filters), state, panelOpen, onChange));
  const measures = measureList(ranked.filter((result) => result.candidate.kind === 'measure' && result.tier !== 'related').slice(0, 3));
  if (measures) region('measures').replaceChildren(measures);
  if (visible.length === 0) {
    status.textContent = '';
    const regions = closest(query, suggestions.regions ?? [], 3, fold);
    const fallbackRegions = regions.length > 0 ? regions : (suggestions.regions ?? []).slice(0, 8);
    region('results').replaceChildren(
      emptyHelp(state, closest(query, suggestions.measures ?? [], 5, fold), fallbackRegions, cases.length > 0),
    );
    return;
  }
  const related = visible.every((result) => result.tier === 'related');
  const near = related ? nearMeasures(closest(query, suggestions.measures ?? [], 3, fold)) : null;
  if (near) region('measures').append(near);
  status.textContent = related
    ? t('search.related', { q: state.q })
    : t(unread ? 'search.countAtLeast' : query ? 'search.count' : 'search.countAll', { count: visible.length });
  const list = document.createElement('ol');
  list.className = 'search-results';
  list.append(...visible.slice(0, related ? 10 : undefined).map((result) => caseItem(result, terms, fold)));
  region('results').replaceChildren(list);
  if (unread && !related) region('results').append(moreButton(() => readMore(current, enough).then(() => show(state))));
}

function showFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  region('status').textContent = t('search.error', { message });
}

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const state = { ...parseSearchState(location.search), q: input?.value.trim() ?? '' };
  history.pushState(null, '', `/search/${searchQueryString(state)}`);
  show(state).catch(showFailure);
});
addEventListener('popstate', () => show(parseSearchState(location.search)).catch(showFailure));
show(parseSearchState(location.search)).catch(showFailure);
