// How automation reads the search page (src/components/search/SearchApp.astro, rendered by
// src/client/search/render.ts): the end-to-end tests, `npm run eval:search` and the bench all
// wait for the same "results are ready" and read the same result links.

/**
 * Present once a search shows its first results (the cases saying the query may come before the
 * ones reached through a tag) or the no-results message: what the bench times.
 */
export const resultsShown = '#search-app .search-results, #search-app .search-empty';

/** Present once a search has finished: its results or the no-results message, nothing still loading. */
export const resultsReady = '#search-app [data-region="results"]:not([aria-busy]) :is(.search-results, .search-empty)';

/**
 * Each case result's title link, in the order shown: the cases saying the query, then any section
 * of cases reached only through a measure it names (their titles are h3 under the section's h2).
 */
export const resultLinks = '#search-app .search-result :is(h2, h3) a';

/** In the page: whether a search has finished (pass `resultsReady` as the argument). */
export const isReady = (selector: string): boolean => document.querySelector(selector) !== null;
