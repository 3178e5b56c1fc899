// Tagged pages in slices. A query naming a measure also looks for the pages tagged with it, by
// the name as one word in their meta (pagefind.ts); Pagefind scores every page holding a word, so
// at 10,000 cases a measure on thousands of them cost a first answer ~100 ms. Each case page
// therefore also carries each of its measure names once more, marked with one of a few slices
// (CaseSearchMeta.astro): a first answer looks through one slice at a time until it has enough
// pages, and reading on (更多结果) through all of them.

export const tagSlices = 8;

/** The slice of a page, from its URL path: stable, and spread evenly. */
export function tagSlice(path: string): number {
  let hash = 2166136261;
  for (let index = 0; index < path.length; index += 1) hash = Math.imul(hash ^ path.charCodeAt(index), 16777619) >>> 0;
  return hash % tagSlices;
}

/** A measure name marked with a slice, one word to Pagefind (it keeps `_` inside words). */
export function slicedTagWord(name: string, slice: number): string {
  return `${name}_${slice}`;
}
