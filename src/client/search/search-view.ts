// What one search shows, from its answer (session.ts): the cases that say the query (the count),
// the cases reached only through a measure it names, the related ones, and the filter counts
// over the same cases the status line counts.
import { applyFilters, facetCounts, type Facet } from '../../utils/search/facets.ts';
import { saysQuery, type Ranked } from '../../utils/search/rank.ts';
import type { Suggestion } from '../../utils/search/suggest.ts';
import type { Fold } from '../../utils/search/text.ts';
import type { SearchState } from '../../utils/search/url.ts';
import type { Answer } from './session.ts';

/** What one search shows, for render.ts; `null` sections are empty. */
export interface SearchView {
  state: SearchState;
  query: string;
  terms: string[];
  fold: Fold;
  /** Cases passing the filters whose text says the query: the count. */
  saying: Ranked[];
  /** Cases passing the filters reached only through a measure the query names, with that measure. */
  taggedOnly: Ranked[];
  /** Cases sharing part of the query, when none says it or is tagged with it. */
  related: Ranked[];
  /** Whether some candidates are unread (更多结果). */
  unread: boolean;
  /** Whether unread candidates may add to the count: it and the filter counts are then lower bounds. */
  countOpen: boolean;
  /** The cases saying the query are in, the ones reached through a tag still loading. */
  pending: boolean;
  /** Filter counts over `counted`, the list the status line counts. */
  facets: Facet[] | null;
  counted: 'saying' | 'taggedOnly' | 'related' | 'all';
  /** Measure pages matching the query (the box above the results). */
  measures: Ranked[];
  /** Measures the query is a narrower term of. */
  broader: Suggestion[];
  /** Reads on and shows the same state again (“更多结果”). */
  more: () => Promise<void>;
}

/** Splits the ranked cases into what the page lists and what its filter counts count. */
export function viewOf(current: Answer, state: SearchState, more: () => Promise<void>, pending = false): SearchView {
  const cases = current.ranked.filter((result) => result.candidate.kind === 'case');
  const of = (keep: (result: Ranked) => boolean) => cases.filter(keep).map((result) => result.candidate);
  const visible = (keep: (result: Ranked) => boolean) => {
    const shown = new Set(applyFilters(of(keep), state.filters));
    return cases.filter((result) => keep(result) && shown.has(result.candidate));
  };
  const byTier = (tier: Ranked['tier']) => (result: Ranked) => result.tier === tier;
  const saying = visible(saysQuery);
  const taggedOnly = visible(byTier('tagged'));
  const related = visible(byTier('related'));
  const counted: SearchView['counted'] = !current.query
    ? 'all'
    : of(saysQuery).length > 0
      ? 'saying'
      : of(byTier('tagged')).length > 0
        ? 'taggedOnly'
        : 'related';
  const countedKeep = { all: () => true, saying: saysQuery, taggedOnly: byTier('tagged'), related: byTier('related') }[
    counted
  ];
  const basis = of(countedKeep);
  const unread = current.candidates.length < current.list.total;
  return {
    state,
    query: current.query,
    terms: current.terms,
    fold: current.fold,
    saying,
    taggedOnly,
    related,
    unread,
    // The cases saying the query lead the candidates: once they are read, their count is exact.
    countOpen: counted === 'saying' ? current.candidates.length < current.list.saying : unread,
    pending,
    facets: basis.length > 0 ? facetCounts(basis, state.filters) : null,
    counted,
    // A measure the query is a narrower term of is named in its own note (render.ts broaderNote).
    measures: current.ranked
      .filter(
        (result) =>
          result.candidate.kind === 'measure' &&
          result.tier !== 'related' &&
          !current.broader.some((measure) => measure.href === result.candidate.url),
      )
      .slice(0, 3),
    broader: current.broader,
    more,
  };
}
