// The /search/ page: reads the state from the URL, asks Pagefind for candidates (loaded only
// once there is something to search), re-ranks them and renders; filters only re-render.
import { t } from '../../i18n/t.ts';
import { applyFilters, facetCounts } from '../../utils/search/facets.ts';
import {
  listNewestFirst,
  orderVerified,
  verifyCandidate,
  type Candidate,
  type Ranked,
} from '../../utils/search/rank.ts';
import { scriptFolds, type ScriptFolds, type ScriptTable } from '../../content-model/script-table.ts';
import { scriptVariants } from '../../utils/search/script-variants.ts';
import { gb2312Han, isSimplifiedText } from '../../utils/search/simplified-text.ts';
import { closest, measuresNamed, type Suggestion } from '../../utils/search/suggest.ts';
import { identity, normalizeQuery, queryTerms, type Fold } from '../../utils/search/text.ts';
import {
  filterKeys,
  limitQuery,
  parseSearchState,
  queryLimit,
  searchQueryString,
  type SearchState,
} from '../../utils/search/url.ts';
import { findCandidates, loadPagefind, type CandidateList, type SearchIndex } from './pagefind.ts';
import { caseItem, emptyHelp, facetPanel, measureList, moreButton, nearMeasures } from './render.ts';

/** Matching cases that make a first answer; the rest load on “更多结果”. */
const enough = 10;
const noFilters: SearchState['filters'] = { region: [], province: [], measure: [], year: [] };

const app = document.querySelector<HTMLElement>('#search-app');
const form = document.querySelector<HTMLFormElement>('#search-form');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const suggestions = JSON.parse(document.querySelector('#search-suggestions')?.textContent ?? '{}') as {
  measures?: Suggestion[];
  regions?: Suggestion[];
};

let pagefind: Promise<SearchIndex> | null = null;
let table: Promise<ScriptFolds> | null = null;
/** Traditional → Simplified, for the current answer. */
let fold: Fold = identity;
/** For a Simplified query over an index without Traditional text: nothing to fold. */
const simplifiedOnly: ScriptFolds = { toSimplified: identity, toTraditional: identity };

async function loadFolds(): Promise<ScriptFolds> {
  const response = await fetch('/search/script-table.json');
  if (!response.ok) throw new Error(`/search/script-table.json: HTTP ${response.status}`);
  return scriptFolds((await response.json()) as ScriptTable);
}

interface Answer {
  query: string;
  terms: string[];
  /** Measures the query names: their pages are likely candidates, read beside the cases. */
  namedMeasures: number;
  list: CandidateList;
  candidates: Candidate[];
  /** The candidates read so far, each verified once. */
  verified: Ranked[];
  ranked: Ranked[];
}
let answer: Answer | null = null;

/** Texts read per step at most, so a query matching little but touching much stays cheap. */
const readBudget = 20;

/** Matching cases read so far that pass the filters. */
function matchingCases(current: Answer, filters: SearchState['filters']): number {
  const cases = current.ranked.filter((result) => result.candidate.kind === 'case' && result.tier !== 'related');
  return applyFilters(
    cases.map((result) => result.candidate),
    filters,
  ).length;
}

/**
 * Reads candidates' texts, most promising first, only as many as could still make up `goal`
 * matching cases (that pass `filters`), until they do, all or a budget are read: the candidates
 * are ordered by what the index already says (pagefind.ts), so a first answer usually reads just
 * the ten it shows.
 */
async function readMore(current: Answer, goal: number, filters = noFilters): Promise<void> {
  const matching = () => matchingCases(current, filters);
  // A named measure's page not read yet would cost a second round of reading: it is read in the first.
  const measuresAhead = () =>
    Math.max(0, current.namedMeasures - current.candidates.filter((candidate) => candidate.kind === 'measure').length);
  const stop = Math.min(current.list.total, current.candidates.length + readBudget);
  while (current.candidates.length < stop && matching() < goal) {
    const from = current.candidates.length;
    const slice = await current.list.load(from, Math.min(stop, from + goal - matching() + measuresAhead()));
    // The list may end short of its total (pagefind.ts: tagged pages looked for last).
    if (slice.length === 0) break;
    current.candidates.push(...slice);
    current.verified.push(...slice.map((candidate) => verifyCandidate(candidate, current.terms, fold)));
    current.ranked =
      current.terms.length > 0
        ? orderVerified(current.verified, current.terms, fold)
        : listNewestFirst(current.candidates);
  }
}

/** Starts loading the index, at the latest with the first search. */
function warmUp(): void {
  pagefind ??= loadPagefind();
}

/** The script table (≈19 kB) loads only when the index holds Traditional text or the query may. */
function foldsFor(query: string, index: SearchIndex): Promise<ScriptFolds> {
  if (!index.traditional && isSimplifiedText(query)) return Promise.resolve(simplifiedOnly);
  table ??= loadFolds();
  return table;
}

async function answerFor(query: string): Promise<Answer> {
  if (answer?.query === query) return answer;
  warmUp();
  const index = await pagefind!;
  const scripts = await foldsFor(query, index);
  fold = scripts.toSimplified;
  const named = measuresNamed(query, suggestions.measures ?? [], fold).map((measure) => measure.label);
  const variants = query ? scriptVariants(query, scripts, index.traditional) : [];
  const list = await findCandidates(index, variants, named.length > 0, enough);
  const fresh: Answer = {
    query,
    terms: queryTerms(query),
    namedMeasures: named.length,
    list,
    candidates: [],
    verified: [],
    ranked: [],
  };
  await readMore(fresh, enough);
  answer = fresh;
  return fresh;
}

function region(name: string): HTMLElement {
  const element = app?.querySelector<HTMLElement>(`[data-region="${name}"]`);
  if (!element) throw new Error(`#search-app lacks [data-region="${name}"]`);
  return element;
}

/** Says that only the start of an overlong query was searched. */
function queryCutNote(): HTMLElement {
  const note = document.createElement('p');
  note.className = 'search-note';
  note.textContent = t('search.queryCut', { limit: queryLimit });
  return note;
}

/** `typedTooLong`: the query typed was cut before it went into the address (a link stays short). */
async function show(requested: SearchState, typedTooLong = false): Promise<void> {
  const limited = limitQuery(requested.q);
  const { q } = limited;
  const cut = typedTooLong || limited.cut;
  const state = { ...requested, q };
  const noted = () => {
    if (cut) region('results').prepend(queryCutNote());
  };
  if (input) input.value = state.q;
  const query = normalizeQuery(state.q);
  const hasFilters = filterKeys.some((key) => state.filters[key].length > 0);
  const status = region('status');
  const panelOpen =
    matchMedia('(min-width: 48rem)').matches ||
    app?.querySelector<HTMLDetailsElement>('.search-filter-panel')?.open === true;
  for (const name of ['facets', 'measures', 'results']) region(name).replaceChildren();
  if (!query && !hasFilters) {
    status.textContent = '';
    return;
  }
  status.textContent = t('search.loading');
  const current = await answerFor(query);
  // A linked or ticked filter may keep few of the cases read first: read on for a full page.
  if (hasFilters) await readMore(current, enough, state.filters);
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
  if (cases.length > 0)
    region('facets').replaceChildren(facetPanel(facetCounts(cases, state.filters), state, panelOpen, onChange));
  const measures = measureList(
    ranked.filter((result) => result.candidate.kind === 'measure' && result.tier !== 'related').slice(0, 3),
  );
  if (measures) region('measures').replaceChildren(measures);
  if (visible.length === 0) {
    status.textContent = '';
    const regions = closest(query, suggestions.regions ?? [], 3, fold);
    const fallbackRegions = regions.length > 0 ? regions : (suggestions.regions ?? []).slice(0, 8);
    region('results').replaceChildren(
      emptyHelp(state, closest(query, suggestions.measures ?? [], 5, fold), fallbackRegions, cases.length > 0),
    );
    noted();
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
  const more = () =>
    readMore(current, matchingCases(current, state.filters) + enough, state.filters).then(() => show(state));
  if (unread && !related) region('results').append(moreButton(more));
  noted();
}

function showFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  region('status').textContent = t('search.error', { message });
}

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const { q, cut } = limitQuery(input?.value.trim() ?? '');
  const state = { ...parseSearchState(location.search), q };
  history.pushState(null, '', `/search/${searchQueryString(state)}`);
  show(state, cut).catch(showFailure);
});
addEventListener('popstate', () => show(parseSearchState(location.search)).catch(showFailure));
// While a cadre types, the index loads; on a slow network that is most of a first search's wait.
// The GB2312 set (simplified-text.ts) takes a legacy decoder's first use: done while the page idles.
// (Safari has no requestIdleCallback.)
(window.requestIdleCallback ?? ((task: () => void) => setTimeout(task, 200)))(() => gb2312Han());
input?.addEventListener('focus', warmUp, { once: true });
input?.addEventListener('input', warmUp, { once: true });
show(parseSearchState(location.search)).catch(showFailure);
