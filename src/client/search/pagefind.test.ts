import { describe, expect, it } from 'vitest';
import { formatMeasureNames } from '../../utils/search/measure-names.ts';
import { pairText } from '../../utils/search/pairs.ts';
import type { Fragment } from '../../pagefind/fragment-file.ts';
import type { Pagefind, PagefindResult } from '../../pagefind/runtime.ts';
import { findCandidates, type SearchIndex } from './pagefind.ts';

interface FakePage {
  id: string;
  body: string;
  measures: string[];
}

/**
 * Pagefind over a few pages of the pair index, as far as the search page relies on it: the words
 * of a query ANDed and prefix-matched, `words` = every matched position together, a measure name
 * matched whole in the `measures` meta. Records the queries it was asked.
 */
function fakePagefind(pages: FakePage[]): Pagefind & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    search: async (query) => {
      asked.push(query ?? '');
      const wanted = (query ?? '').split(' ').filter(Boolean);
      const results = pages.flatMap((page) => {
        const words = pairText(page.body).split(/\s+/).filter(Boolean);
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

/** The index over `pages`: the fake Pagefind and each page's fragment. */
function fakeIndex(pages: FakePage[]): SearchIndex & { pagefind: { asked: string[] }; read: string[] } {
  const read: string[] = [];
  const fragment = async ({ id }: PagefindResult): Promise<Fragment> => {
    read.push(id);
    const page = pages.find((candidate) => candidate.id === id)!;
    const content = pairText(page.body).split(/\s+/).filter(Boolean).join(' ');
    return {
      url: `/cases/${page.id}/`,
      content,
      meta: { kind: 'case', title: page.id, measures: formatMeasureNames(page.measures) },
      filters: {},
      anchors: [],
    };
  };
  return { pagefind: fakePagefind(pages), fragment, read, traditional: false, frequent: new Map() };
}

const saying = (count: number): FakePage[] =>
  Array.from({ length: count }, (_, at) => ({ id: `says-${at}`, body: '举办职工技能大赛', measures: [] }));
const taggedOnly: FakePage = { id: 'tagged-only', body: '组织岗位练兵', measures: ['技能竞赛', '技能大赛'] };
const scattered: FakePage = { id: 'scattered', body: '技能培训和书法大赛', measures: [] };

describe('findCandidates', () => {
  it('searches the covering pairs only and tells the pages saying the term from their positions', async () => {
    const index = fakeIndex([...saying(2), scattered]);
    const list = await findCandidates(index, ['技能大赛'], false, 10);
    expect(index.pagefind.asked).toEqual(['技能 大赛']);
    const read = await list.load(0, list.total);
    expect(read.map((candidate) => candidate.url)).toEqual(['/cases/says-0/', '/cases/says-1/']);
    expect(read[0]!.locations).toEqual([4, 5, 6]);
  });
  it('looks for the pages tagged with a named measure at once when few pages say it, reading the pages saying it meanwhile', async () => {
    const index = fakeIndex([...saying(2), taggedOnly]);
    const list = await findCandidates(index, ['技能大赛'], true, 10);
    expect(index.pagefind.asked).toContain('技能大赛');
    expect(index.read).toEqual(['says-0', 'says-1']);
    expect((await list.load(0, list.total)).map((candidate) => candidate.url).at(-1)).toBe('/cases/tagged-only/');
    expect(index.read).toEqual(['says-0', 'says-1', 'tagged-only']);
  });
  it('leaves them until every page saying the term is read when enough do', async () => {
    const index = fakeIndex([...saying(3), taggedOnly]);
    const { pagefind } = index;
    const list = await findCandidates(index, ['技能大赛'], true, 2);
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
