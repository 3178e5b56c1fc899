import type { Fragment } from '../../pagefind/fragment-file.ts';

/**
 * Words of one page's indexed text the search page reads at most — a word is a character pair,
 * so about as many characters. The longest article the ingest publishes has 100,000 characters
 * (src/ingest/extract/index.ts); a page far longer (a case file grown by hand to 5 MB) is read
 * only this far, so that verifying, ranking and quoting it cannot stall the tab (it kept the main
 * thread busy for minutes). A term said only beyond it does not count as said there.
 */
export const pageWordBudget = 200_000;

/** The fragment cut to its first `budget` words, without splitting the rest of its text. */
export function withinBudget(fragment: Fragment, budget = pageWordBudget): Fragment {
  const { content } = fragment;
  let end = 0;
  for (let words = 0; words < budget; words += 1) {
    const space = content.indexOf(' ', end);
    if (space < 0) return fragment;
    end = space + 1;
  }
  return {
    ...fragment,
    content: content.slice(0, end - 1),
    anchors: fragment.anchors.filter((anchor) => anchor.location < budget),
  };
}
