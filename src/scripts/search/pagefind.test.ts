import { describe, expect, it } from 'vitest';
import { bigramText } from '../../utils/search/pairs.ts';
import { slicedTagWord } from '../../utils/search/tag-slices.ts';
import { findCandidates, measureNames, type Pagefind } from './pagefind.ts';

interface FakePage {
  id: string;
  body: string;
  measures: string[];
  /** Its slice of tagged pages (tag-slices.ts). */
  slice?: number;
}

/**
 * Pagefind over a few pages of the pair index, as far as the search page relies on it: the words
 * of a query ANDed and prefix-matched, `words` = every matched position together, a measure name
 * matched whole in the `measures` meta and, marked with the page's slice, in `measure-slices`.
 * Records the queries it was asked.
 */
function fakePagefind(pages: FakePage[]): Pagefind & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    search: async (query) => {
      asked.push(query ?? '');
      const wanted = (query ?? '').split(' ').filter(Boolean);
      const results = pages.flatMap((page) => {
        const words = bigramText(page.body).split(/\s+/).filter(Boolean);
        const slices = page.measures.map((name) => slicedTagWord(name, page.slice ?? 0));
        const metaFields = (word: string) => [
          ...(page.measures.some((name) => name.startsWith(word)) ? ['measures'] : []),
          ...(slices.some((name) => name.startsWith(word)) ? ['measure-slices'] : []),
        ];
        const inMeta = (word: string) => metaFields(word).length > 0;
        const positions = (word: string) => words.flatMap((indexed, at) => (indexed.startsWith(word) ? [at] : []));
        if (!wanted.every((word) => positions(word).length > 0 || inMeta(word))) return [];
        const data = async () => ({ url: `/cases/${page.id}/`, content: words.join(' '), meta: { kind: 'case', title: page.id, measures: page.measures.join(' | ') }, filters: {}, anchors: [] });
        return [{ id: page.id, score: 1, words: wanted.flatMap(positions), matchedMetaFields: [...new Set(wanted.flatMap(metaFields))], data }];
      });
      return { results };
    },
  };
}

const saying = (count: number): FakePage[] =>
  Array.from({ length: count }, (_, at) => ({ id: `says-${at}`, body: '举办职工技能大赛', measures: [] }));
const taggedOnly: FakePage = { id: 'tagged-only', body: '组织岗位练兵', measures: ['技能竞赛', '技能大赛'] };
const scattered: FakePage = { id: 'scattered', body: '技能培训和书法大赛', measures: [] };

describe('findCandidates', () => {
  it('searches the covering pairs only and tells the pages saying the term from their positions', async () => {
    const pagefind = fakePagefind([...saying(2), scattered]);
    const list = await findCandidates({ pagefind, traditional: false, frequent: new Map() }, ['技能大赛'], false, 10);
    expect(pagefind.asked).toEqual(['技能 大赛']);
    const read = await list.load(0, list.total);
    expect(read.map((candidate) => candidate.url)).toEqual(['/cases/says-0/', '/cases/says-1/']);
    expect(read[0]!.locations).toEqual([4, 5, 6]);
  });
  it('looks for the pages tagged with a named measure at once when few pages say it, a slice at a time', async () => {
    const pagefind = fakePagefind([...saying(2), { ...taggedOnly, slice: 2 }]);
    const list = await findCandidates({ pagefind, traditional: false, frequent: new Map() }, ['技能大赛'], true, 10);
    expect(pagefind.asked).toEqual(expect.arrayContaining(['技能大赛_0', '技能大赛_1', '技能大赛_2']));
    expect(pagefind.asked).not.toContain('技能大赛');
    const read = await list.load(0, 3);
    expect(read.map((candidate) => candidate.url).at(-1)).toBe('/cases/tagged-only/');
  });
  it('stops at the slice that makes up a first answer, and reading on looks through every slice', async () => {
    const inSlice = (slice: number, count: number): FakePage[] =>
      Array.from({ length: count }, (_, at) => ({ id: `tagged-${slice}-${at}`, body: '组织岗位练兵', measures: ['技能大赛'], slice }));
    const pagefind = fakePagefind([...saying(1), ...inSlice(0, 2), ...inSlice(1, 3), ...inSlice(5, 4)]);
    const list = await findCandidates({ pagefind, traditional: false, frequent: new Map() }, ['技能大赛'], true, 5);
    expect(pagefind.asked.filter((query) => query.startsWith('技能大赛'))).toEqual(['技能大赛_0', '技能大赛_1']);
    expect(list.total).toBe(1 + 2 + 3 + 1);
    const all = await list.load(0, 20);
    expect(pagefind.asked.at(-1)).toBe('技能大赛');
    expect(all).toHaveLength(1 + 2 + 3 + 4);
  });
  it('leaves them until every page saying the term is read when enough do', async () => {
    const pagefind = fakePagefind([...saying(3), taggedOnly]);
    const list = await findCandidates({ pagefind, traditional: false, frequent: new Map() }, ['技能大赛'], true, 2);
    expect(pagefind.asked).toEqual(['技能 大赛']);
    expect(list.total).toBe(4);
    expect(await list.load(0, 3)).toHaveLength(3);
    expect(pagefind.asked).toEqual(['技能 大赛']);
    const rest = await list.load(3, 4);
    expect(pagefind.asked).toEqual(['技能 大赛', '技能大赛']);
    expect(rest.map((candidate) => candidate.url)).toEqual(['/cases/tagged-only/']);
    expect(list.total).toBe(4);
  });
});

describe('measureNames', () => {
  it('reads the names and aliases of the measures meta', () => {
    expect(measureNames('技能竞赛 | 技能大赛 | 职工技能培训')).toEqual(['技能竞赛', '技能大赛', '职工技能培训']);
    expect(measureNames(undefined)).toEqual([]);
  });
});
