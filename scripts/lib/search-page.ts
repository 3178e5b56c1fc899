// How automation reads the search page (src/components/search/SearchApp.astro, rendered by
// src/client/search/render.ts): the end-to-end tests, `npm run eval:search` and the bench all
// wait for the same "results are ready" and read the same result links.

/** Present once a search has finished: the list of results, or the no-results message. */
export const resultsReady = '#search-app .search-results, #search-app .search-empty';

/**
 * Each case result's title link, in the order shown: the cases saying the query, then any section
 * of cases reached only through a measure it names (their titles are h3 under the section's h2).
 */
export const resultLinks = '#search-app .search-result :is(h2, h3) a';

/** In the page: whether a search has finished (pass `resultsReady` as the argument). */
export const isReady = (selector: string): boolean => document.querySelector(selector) !== null;
