import { describe, expect, it } from 'vitest';
import type { ScriptFolds } from '../../content-model/script-table.ts';
import type { Suggestion } from '../../utils/search/suggest.ts';
import { emptyFilters, type SearchState } from '../../utils/search/url.ts';
import { fakeIndex, type FakePage } from './__fixtures__/fake-index.ts';
import type { SearchView } from './search-view.ts';
import { searchSession } from './session.ts';

const venues: Suggestion = {
  id: 'service-venues',
  label: '职工之家与暖心驿站等服务阵地',
  names: ['服务阵地'],
  narrower: ['暖心驿站', '母婴关爱室'],
  href: '/measures/service-venues/',
};
const venueNames = [venues.label, ...venues.names];
const pages: FakePage[] = [
  {
    id: 'stations',
    body: ['全市建成暖心驿站', '坚持强化基层保障'],
    measures: venueNames,
    tagged: { 'service-venues': [0] },
    region: '东城区',
  },
  {
    id: 'rooms',
    body: ['推进工会改革', '建设母婴关爱室', '打造服务阵地网络'],
    measures: venueNames,
    tagged: { 'service-venues': [1, 2] },
    region: '西城区',
  },
  {
    id: 'homes',
    body: ['强化基层保障', '建设职工之家'],
    measures: venueNames,
    tagged: { 'service-venues': [1] },
    region: '东城区',
  },
];
/** A Traditional → Simplified table as small as the test needs. */
const folds: ScriptFolds = {
  toSimplified: (text) => text.replaceAll('驛', '驿'),
  toTraditional: (text) => text.replaceAll('驿', '驛'),
};
const state = (q: string): SearchState => ({ q, filters: emptyFilters() });
const urls = (results: SearchView['saying']) => results.map((result) => result.candidate.url);

/**
 * A session over the fake index; `slow` queries (Pagefind's query strings) answer after 40 ms;
 * `onPaint` sees each view as it is painted.
 */
function session(
  slow: (query: string) => boolean = () => false,
  onPaint: (view: SearchView) => void = () => {},
  shown?: () => Promise<void>,
) {
  const painted: SearchView[] = [];
  const index = fakeIndex(pages, (query) => (slow(query) ? 40 : 0));
  const search = searchSession({
    loadIndex: async () => index,
    loadFolds: async () => folds,
    measures: [venues],
    onLoading: () => undefined,
    paint: (view) => {
      if (!view) return;
      painted.push(view);
      onPaint(view);
    },
    ...(shown ? { painted: shown } : {}),
  });
  /** The view each search ended with. */
  const complete = () => painted.filter((view) => !view.pending);
  /** Each paint as [query, pending]. */
  const steps = () => painted.map((view) => [view.query, view.pending]);
  return { ...search, painted, complete, steps, asked: index.pagefind.asked };
}

describe('searchSession: a later query always wins', () => {
  it('never lets an earlier, slower search paint over a later one', async () => {
    const search = session((query) => query.includes('母婴'));
    const first = search.show(state('母婴关爱室'));
    const second = search.show(state('暖心驿站'));
    await Promise.all([first, second]);
    expect(search.painted.map((view) => view.query)).toEqual(['暖心驿站']);
    expect(urls(search.painted[0]!.saying)).toEqual(['/cases/stations/']);
  });

  it('folds each search with its own script table, also when they overlap', async () => {
    // The Traditional query loads the table and waits on a slow Pagefind; the Simplified one
    // needs no table and finishes first. Shown again, the first answer still matches.
    const search = session((query) => query.includes('暖心'));
    await Promise.all([search.show(state('暖心驛站')), search.show(state('母婴关爱室'))]);
    await search.show(state('暖心驛站'));
    expect(search.painted.map((view) => view.query)).toEqual(['母婴关爱室', '暖心驛站']);
    expect(urls(search.painted[1]!.saying)).toEqual(['/cases/stations/']);
  });

  it('drops the rest of an answer whose first results were painted when a later search started', async () => {
    let later: Promise<void> | null = null;
    const search = session(
      () => false,
      (view) => {
        if (view.pending) later ??= search.show(state('母婴关爱室'));
      },
    );
    await search.show(state('服务阵地'));
    await later;
    expect(search.steps()).toEqual([
      ['服务阵地', true],
      ['母婴关爱室', false],
    ]);
  });
});

describe('searchSession: the cases saying the query first', () => {
  it('paints them, counted, before the cases reached through a tag load, then the whole answer', async () => {
    const search = session();
    await search.show(state('服务阵地'));
    const [first, whole] = search.painted;
    expect(search.painted).toHaveLength(2);
    expect(first!.pending).toBe(true);
    expect(urls(first!.saying)).toEqual(['/cases/rooms/']);
    expect(first!.taggedOnly).toEqual([]);
    // The one case saying it is all of them: an exact count, not “at least”.
    expect(first!.countOpen).toBe(false);
    expect(whole!.pending).toBe(false);
    expect(urls(whole!.saying)).toEqual(['/cases/rooms/']);
    expect(whole!.taggedOnly).toHaveLength(2);
  });

  it('looks for the tagged cases only once the first results are shown', async () => {
    let askedWhenShown: string[] | null = null;
    // The frame comes 20 ms later: nothing may be searched meanwhile.
    const frame = () =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          askedWhenShown = [...search.asked];
          resolve();
        }, 20),
      );
    const search = session(
      () => false,
      () => {},
      frame,
    );
    await search.show(state('服务阵地'));
    // The measure's name searched as one word (pagefind.ts namingPages) comes after.
    expect(askedWhenShown).not.toBeNull();
    expect(askedWhenShown).not.toContain('服务阵地');
    expect(search.asked).toContain('服务阵地');
  });

  it('paints once when nothing is left to load or no case says the query', async () => {
    const search = session();
    await search.show(state('母婴关爱室'));
    await search.show(state('职工之家与暖心驿站等服务阵地'));
    expect(search.steps()).toEqual([
      ['母婴关爱室', false],
      ['职工之家与暖心驿站等服务阵地', false],
    ]);
  });
});

describe('searchSession: narrower terms and synonyms', () => {
  it('lists only the cases saying a narrower term, and names the broader measure', async () => {
    const search = session();
    await search.show(state('母婴关爱室'));
    const [view] = search.painted;
    expect(urls(view!.saying)).toEqual(['/cases/rooms/']);
    expect(view!.taggedOnly).toEqual([]);
    expect(view!.broader.map((measure) => measure.label)).toEqual([venues.label]);
    expect(view!.counted).toBe('saying');
  });

  it('lists the cases tagged with a measure named by a synonym after those saying it, apart', async () => {
    const search = session();
    await search.show(state('服务阵地'));
    const [view] = search.complete();
    expect(urls(view!.saying)).toEqual(['/cases/rooms/']);
    expect(urls(view!.taggedOnly).sort()).toEqual(['/cases/homes/', '/cases/stations/']);
    expect(view!.taggedOnly.map((result) => result.measure?.name)).toEqual([venues.label, venues.label]);
    // The facet counts count what the status line counts: the one case saying the query.
    expect(view!.facets?.find((facet) => facet.key === 'region')?.values).toEqual([
      { value: '西城区', count: 1, selected: false },
    ]);
    expect(view!.counted).toBe('saying');
  });

  it('quotes, for a tag-only case, its tagged passage closest to the query', async () => {
    const search = session();
    await search.show(state('职工之家与暖心驿站等服务阵地'));
    const homes = search.painted[0]!.taggedOnly.find((result) => result.candidate.url === '/cases/homes/');
    // Neither passage says the name; the tagged one shares 职工, 之家 with it.
    expect(homes?.passage).toBe('homes-p1');
    // No case says the name: the status line and the filter counts count the tag-only cases.
    expect(search.painted[0]!.saying).toEqual([]);
    expect(search.painted[0]!.counted).toBe('taggedOnly');
  });
});
