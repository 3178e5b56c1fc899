// A Pagefind stand-in over a few pages of the pair index, for the search page's unit tests: as
// far as the page relies on Pagefind, the words of a query ANDed and prefix-matched, `words` =
// every matched position together, a measure name matched whole in the `measures` meta.
import type { Fragment } from '../../../pagefind/fragment-file.ts';
import type { Pagefind, PagefindResult } from '../../../pagefind/runtime.ts';
import { formatMeasureNames } from '../../../utils/search/measure-names.ts';
import { pairText } from '../../../utils/search/pairs.ts';
import { formatTaggedPassages, type TaggedPassage } from '../../../utils/search/tagged-passages.ts';
import type { SearchIndex } from '../pagefind.ts';

export interface FakePage {
  id: string;
  /** Passages of the page, each anchored as `<id>-p<n>`. */
  body: string | string[];
  /** Names and synonyms of the measures the page is tagged with (the `measures` meta). */
  measures: string[];
  /** The `tagged-passages` filter: measure id → passage numbers (0-based) of `body`. */
  tagged?: Record<string, number[]>;
  /** The `region` filter. */
  region?: string;
}

const wordsOf = (text: string) => pairText(text).split(/\s+/).filter(Boolean);
const passagesOf = (page: FakePage) => (Array.isArray(page.body) ? page.body : [page.body]);

/** Records the queries asked and preloaded; `delay(query)` ms before each answer (a slow network or index). */
export function fakePagefind(
  pages: FakePage[],
  delay: (query: string) => number = () => 0,
): Pagefind & { asked: string[]; preloaded: string[] } {
  const asked: string[] = [];
  const preloaded: string[] = [];
  return {
    asked,
    preloaded,
    preload: async (query) => {
      preloaded.push(query);
    },
    search: async (query) => {
      asked.push(query ?? '');
      const wait = delay(query ?? '');
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const wanted = (query ?? '').split(' ').filter(Boolean);
      const results = pages.flatMap((page) => {
        const words = passagesOf(page).flatMap(wordsOf);
        const inMeta = (word: string) => page.measures.some((name) => name.startsWith(word));
        const positions = (word: string) => words.flatMap((indexed, at) => (indexed.startsWith(word) ? [at] : []));
        if (!wanted.every((word) => positions(word).length > 0 || inMeta(word))) return [];
        const data = () => Promise.reject(new Error('the page reads fragments itself'));
        return [
          {
            id: page.id,
            score: 1,
            words: wanted.flatMap(positions),
            matchedMetaFields: wanted.some(inMeta) ? ['measures'] : [],
            data,
          },
        ];
      });
      return { results };
    },
  };
}

/** The index over `pages`: the fake Pagefind and each page's fragment; `read` lists the fragments read. */
export function fakeIndex(
  pages: FakePage[],
  delay?: (query: string) => number,
): SearchIndex & { pagefind: { asked: string[]; preloaded: string[] }; read: string[] } {
  const read: string[] = [];
  const fragment = async ({ id }: PagefindResult): Promise<Fragment> => {
    read.push(id);
    const page = pages.find((candidate) => candidate.id === id)!;
    const passages = passagesOf(page).map(wordsOf);
    const anchors = passages.map((_, at) => ({
      id: `${page.id}-p${at}`,
      location: passages.slice(0, at).reduce((sum, words) => sum + words.length, 0),
    }));
    const tagged: TaggedPassage[] = Object.entries(page.tagged ?? {}).map(([measure, numbers]) => ({
      measure,
      passages: numbers.map((at) => `${page.id}-p${at}`),
    }));
    return {
      url: `/cases/${page.id}/`,
      content: passages.flat().join(' '),
      meta: { kind: 'case', title: page.id, measures: formatMeasureNames(page.measures) },
      filters: {
        ...(page.region ? { region: [page.region] } : {}),
        ...(tagged.length > 0 ? { 'tagged-passages': [formatTaggedPassages(tagged)] } : {}),
      },
      anchors,
    };
  };
  return { pagefind: fakePagefind(pages, delay), fragment, read, traditional: false, frequent: new Map() };
}
