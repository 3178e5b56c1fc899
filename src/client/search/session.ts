// The search page's state over time, without the DOM: one answer per query (each with its own
// Traditional fold), texts read on demand, and a request token so that only the latest search
// paints — a slow first search finishing after a quick second one is dropped, not shown.
import { applyFilters } from '../../utils/search/facets.ts';
import {
  listNewestFirst,
  orderVerified,
  saysQuery,
  verifyCandidate,
  type Candidate,
  type NamedMeasure,
  type Ranked,
} from '../../utils/search/rank.ts';
import type { ScriptFolds } from '../../content-model/script-table.ts';
import { scriptVariants } from '../../utils/search/script-variants.ts';
import { isSimplifiedText } from '../../utils/search/simplified-text.ts';
import { broaderMeasures, measuresNamed, type Suggestion } from '../../utils/search/suggest.ts';
import { identity, normalizeQuery, queryTerms, type Fold } from '../../utils/search/text.ts';
import { emptyFilters, filterKeys, type SearchState } from '../../utils/search/url.ts';
import { findCandidates, type CandidateList, type SearchIndex } from './pagefind.ts';
import { viewOf, type SearchView } from './search-view.ts';

/** Matching cases that make a first answer; the rest load on “更多结果”. */
export const enough = 10;
/** Texts read per step at most, so a query matching little but touching much stays cheap. */
const readBudget = 20;
/** For a Simplified query over an index without Traditional text: nothing to fold. */
const simplifiedOnly: ScriptFolds = { toSimplified: identity, toTraditional: identity };

export interface Answer {
  query: string;
  terms: string[];
  /** Traditional → Simplified for this answer's query (another search may need another). */
  fold: Fold;
  /** Measures the query names by name or synonym: their tagged cases may be listed. */
  named: NamedMeasure[];
  /** Measures the query is a narrower term of: suggested above the results. */
  broader: Suggestion[];
  list: CandidateList;
  candidates: Candidate[];
  /** The candidates read so far, each verified once. */
  verified: Ranked[];
  ranked: Ranked[];
  /** Readings of this answer run one after another (a tick and “更多结果” may overlap). */
  reading: Promise<void>;
}

export interface SearchSessionOptions {
  loadIndex: () => Promise<SearchIndex>;
  loadFolds: () => Promise<ScriptFolds>;
  /** The archive's measures (SearchApp.astro), to tell names and synonyms from narrower terms. */
  measures: Suggestion[];
  /** Called before a search's answer is ready (a status line). */
  onLoading: (state: SearchState) => void;
  /**
   * Called with the latest search's answer only, `null` for an empty search (nothing to show);
   * twice when the cases saying the query are in before the rest (the view is then `pending`).
   */
  paint: (view: SearchView | null) => void;
  /**
   * Resolves once the browser has shown what `paint` drew: the rest of an answer waits for it, or
   * its searching would hold up the frame with the first results. At once by default.
   */
  painted?: () => Promise<void>;
}

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
 * the ten it shows. The page of a measure the query names is read in the same round.
 */
function readMore(current: Answer, goal: number, filters = emptyFilters(), limit = Infinity): Promise<void> {
  const step = async () => {
    const matching = () => matchingCases(current, filters);
    const measuresAhead = () =>
      Math.max(0, current.named.length - current.candidates.filter((candidate) => candidate.kind === 'measure').length);
    const budget = Math.min(current.candidates.length + readBudget, limit);
    // The list grows when the tagged pages join it (pagefind.ts).
    const stop = () => Math.min(current.list.total, budget);
    while (current.candidates.length < stop() && matching() < goal) {
      const from = current.candidates.length;
      const slice = await current.list.load(from, Math.min(budget, from + goal - matching() + measuresAhead()));
      // The list may end short of its total (pagefind.ts: tagged pages looked for last).
      if (slice.length === 0) break;
      current.candidates.push(...slice);
      current.verified.push(
        ...slice.map((candidate) => verifyCandidate(candidate, current.terms, current.fold, current.named)),
      );
      current.ranked =
        current.terms.length > 0
          ? orderVerified(current.verified, current.terms, current.fold)
          : listNewestFirst(current.candidates);
    }
  };
  current.reading = current.reading.then(step);
  return current.reading;
}

/**
 * The first read: when fewer cases say the query than a first answer shows, only those (the
 * count), so that they paint while the cases reached through a tag still load.
 */
function readSaying(current: Answer): Promise<void> {
  const { saying } = current.list;
  return readMore(current, enough, emptyFilters(), saying > 0 && saying < enough ? saying : Infinity);
}

/** Whether an answer read so far shows cases that say the query while a first answer's rest is still to read. */
function showsSayingFirst(current: Answer): boolean {
  const read = current.candidates.length;
  return (
    read > 0 &&
    read === current.list.saying &&
    read < current.list.total &&
    matchingCases(current, emptyFilters()) < enough &&
    current.verified.some((result) => result.candidate.kind === 'case' && saysQuery(result))
  );
}

/** One search page's searches: `show` paints a state once its answer is in, unless a later one started. */
export function searchSession(options: SearchSessionOptions) {
  let index: Promise<SearchIndex> | null = null;
  let table: Promise<ScriptFolds> | null = null;
  /** Answers by query, the latest few (going back and forth re-shows them at once). */
  const answers = new Map<string, Promise<Answer>>();
  /** The request token: only the search that holds the latest one paints. */
  let latest = 0;

  const warmUp = () => {
    index ??= options.loadIndex();
  };

  /** The script table (≈19 kB) loads only when the index holds Traditional text or the query may. */
  const foldsFor = (query: string, loaded: SearchIndex): Promise<ScriptFolds> => {
    if (!loaded.traditional && isSimplifiedText(query)) return Promise.resolve(simplifiedOnly);
    table ??= options.loadFolds();
    return table;
  };

  const answer = async (query: string): Promise<Answer> => {
    warmUp();
    const loaded = await index!;
    const scripts = await foldsFor(query, loaded);
    const fold = scripts.toSimplified;
    const named = measuresNamed(query, options.measures, fold).map((measure) => ({
      id: measure.id ?? measure.href,
      name: measure.label,
      names: [measure.label, ...measure.names, ...(measure.narrower ?? [])],
    }));
    const variants = query ? scriptVariants(query, scripts, loaded.traditional) : [];
    const list = await findCandidates(loaded, variants, named.length > 0, enough);
    const fresh: Answer = {
      query,
      terms: queryTerms(query),
      fold,
      named,
      broader: broaderMeasures(query, options.measures, fold),
      list,
      candidates: [],
      verified: [],
      ranked: [],
      reading: Promise.resolve(),
    };
    await readSaying(fresh);
    return fresh;
  };

  const answerFor = (query: string): Promise<Answer> => {
    let pending = answers.get(query);
    if (!pending) {
      pending = answer(query);
      pending.catch(() => answers.delete(query));
      answers.set(query, pending);
      if (answers.size > 4) answers.delete(answers.keys().next().value!);
    }
    return pending;
  };

  const show = async (state: SearchState): Promise<void> => {
    const request = ++latest;
    const query = normalizeQuery(state.q);
    const hasFilters = filterKeys.some((key) => state.filters[key].length > 0);
    if (!query && !hasFilters) return options.paint(null);
    options.onLoading(state);
    try {
      const current = await answerFor(query);
      if (request !== latest) return;
      // Filters may keep none of the cases read first: those answers paint once, complete.
      if (!hasFilters && showsSayingFirst(current)) {
        options.paint(viewOf(current, state, more(current, state, request), true));
        await options.painted?.();
      }
      await readMore(current, enough, state.filters);
      if (request !== latest) return;
      options.paint(viewOf(current, state, more(current, state, request)));
    } catch (error) {
      // A superseded search's failure is not the user's concern any more.
      if (request === latest) throw error;
    }
  };

  /** “更多结果”: reads on and shows the same state again, unless another search started meanwhile. */
  const more = (current: Answer, state: SearchState, request: number) => async () => {
    await readMore(current, matchingCases(current, state.filters) + enough, state.filters);
    if (request === latest) await show(state);
  };
  return { show, warmUp };
}
