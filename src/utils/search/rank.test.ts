import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../content-model/simplified.ts';
import {
  bestPassage,
  listNewestFirst,
  orderVerified,
  saysQuery,
  verifyCandidate,
  type Candidate,
  type NamedMeasure,
  type Ranked,
} from './rank.ts';

/** Every candidate verified, then ordered: what the search page does slice by slice. */
function verifyAndOrder(
  candidates: Candidate[],
  terms: string[],
  fold?: (text: string) => string,
  named: readonly NamedMeasure[] = [],
): Ranked[] {
  return orderVerified(
    candidates.map((candidate) => verifyCandidate(candidate, terms, fold, named)),
    terms,
    fold,
  );
}

function page(url: string, content: string, extra: Partial<Candidate> = {}): Candidate {
  return {
    url,
    score: 1,
    kind: 'case',
    title: url,
    content,
    measureTerms: [],
    anchors: [{ id: 'p-0', location: 0 }],
    locations: [],
    filters: {},
    meta: {},
    ...extra,
  };
}

describe('verifyCandidate and orderVerified', () => {
  it('puts a page holding the term before pages Pagefind scored higher on scattered characters', () => {
    const ranked = verifyAndOrder(
      [
        page('/a/', '八个大类的员工都参加了。', { score: 5 }),
        page('/b/', '把推进“八大员”入会作为重点。', { score: 1 }),
      ],
      ['八大员'],
    );
    expect(ranked.map((result) => result.candidate.url)).toEqual(['/b/']);
    expect(ranked[0]?.tier).toBe('exact');
  });
  it('finds a domain term the segmenter splits (社会化工会工作者 → 社会/化工/会)', () => {
    const ranked = verifyAndOrder(
      [page('/a/', '经济社会发展。化工企业。'), page('/b/', '配备社会化工会工作者。')],
      ['社会化工会工作者'],
    );
    expect(ranked.map((result) => result.candidate.url)).toEqual(['/b/']);
  });
  it('puts a page only tagged with a measure the query names in a tier of its own, after the pages saying it', () => {
    const named = [{ id: 'funding-guarantee', name: '经费保障', names: ['经费保障'] }];
    const ranked = verifyAndOrder(
      [
        page('/tagged/', '工会经费补助。', {
          measureTerms: ['经费保障'],
          score: 9,
          taggedPassages: [{ measure: 'funding-guarantee', passages: ['p-0'] }],
        }),
        page('/mention/', '建立经费保障机制。', { score: 3 }),
      ],
      ['经费保障'],
      undefined,
      named,
    );
    expect(ranked.map((result) => [result.candidate.url, result.tier, result.measure?.name])).toEqual([
      ['/mention/', 'exact', undefined],
      ['/tagged/', 'tagged', '经费保障'],
    ]);
    expect(ranked.map(saysQuery)).toEqual([true, false]);
  });
  it('quotes a tag-only page at its tagged passage closest to the query', () => {
    const [result] = verifyAndOrder(
      [
        page('/tagged/', '强化基层保障。区财政补助，工会经费有保障。', {
          measureTerms: ['经费保障'],
          anchors: [
            { id: 'p-1', location: 0 },
            { id: 'p-2', location: 4 },
          ],
          taggedPassages: [{ measure: 'funding-guarantee', passages: ['p-1', 'p-2'] }],
          passageText: (id) => (id === 'p-1' ? '强化基层保障。' : '区财政补助，工会经费有保障。'),
        }),
      ],
      ['经费保障'],
      undefined,
      [{ id: 'funding-guarantee', name: '经费保障', names: ['经费保障'] }],
    );
    expect(result?.passage).toBe('p-2');
  });
  it('keeps punctuation-separated matches as loose, after exact ones', () => {
    const ranked = verifyAndOrder(
      [page('/loose/', '“三补贴”“三挂钩”。', { score: 9 }), page('/exact/', '三补贴三挂钩。')],
      ['三补贴三挂钩'],
    );
    expect(ranked.map((result) => result.tier)).toEqual(['exact', 'loose']);
  });
  it('puts a page saying the term with punctuation inside before one only tagged with it', () => {
    const ranked = verifyAndOrder(
      [
        page('/tagged/', '经费保障。', { measureTerms: ['经费保障', '三补贴三挂钩'], score: 9 }),
        page('/beijing/', '积极推动“三补贴”“三挂钩”等改革措施落地。'),
      ],
      ['三补贴三挂钩'],
    );
    expect(ranked.map((result) => [result.candidate.url, result.tier])).toEqual([
      ['/beijing/', 'loose'],
      ['/tagged/', 'tagged'],
    ]);
  });
  it('matches across scripts and number spacing', () => {
    const ranked = verifyAndOrder([page('/tw/', '建成職工暖心驛站 84 個。')], ['暖心驿站', '84个'], toSimplified);
    expect(ranked[0]?.tier).toBe('exact');
  });
  it('falls back to pages sharing the most character pairs when nothing matches exactly', () => {
    const ranked = verifyAndOrder(
      [
        page('/one/', '职工。', { score: 3 }),
        page('/two/', '职工之外的家。', { score: 1 }),
        page('/three/', '职工暖心的小站。', { score: 1 }),
        page('/noise/', '职业家庭。', { score: 9 }),
      ],
      ['职工暖心驿站'],
    );
    expect(ranked.map((result) => [result.candidate.url, result.tier])).toEqual([['/three/', 'related']]);
  });
  it('shows no related page for one common pair of a short term (职工 of 职工书屋)', () => {
    expect(verifyAndOrder([page('/one/', '职工之家。'), page('/two/', '工会书记。')], ['职工书屋'])).toEqual([]);
  });
  it('puts a page saying the term before one only tagged with it', () => {
    const ranked = verifyAndOrder(
      [page('/tagged/', '服务阵地。', { measureTerms: ['暖心驿站'], score: 9 }), page('/says/', '建成暖心驿站。')],
      ['暖心驿站'],
    );
    expect(ranked.map((result) => result.candidate.url)).toEqual(['/says/', '/tagged/']);
  });
  it('ranks a title hit and more occurrences higher', () => {
    const ranked = verifyAndOrder(
      [
        page('/once/', '暖心驿站。'),
        page('/title/', '暖心驿站。', { title: '暖心驿站建设' }),
        page('/twice/', '暖心驿站。暖心驿站。'),
      ],
      ['暖心驿站'],
    );
    expect(ranked.map((result) => result.candidate.url)).toEqual(['/title/', '/twice/', '/once/']);
  });
});

describe('orderVerified', () => {
  it('orders candidates verified slice by slice as if verified at once', () => {
    const pages = [
      page('/tagged/', '服务阵地。', { measureTerms: ['暖心驿站'], score: 3 }),
      page('/says/', '建成暖心驿站。', { score: 2 }),
      page('/twice/', '暖心驿站。暖心驿站。', { score: 1 }),
    ];
    const verified = [...pages.slice(0, 1), ...pages.slice(1)].map((candidate) =>
      verifyCandidate(candidate, ['暖心驿站']),
    );
    const order = (results: Ranked[]) => results.map((result) => result.candidate.url);
    expect(order(orderVerified(verified, ['暖心驿站']))).toEqual(['/twice/', '/says/', '/tagged/']);
  });
});

describe('bestPassage', () => {
  const anchors = [
    { id: 'p-2', location: 10 },
    { id: 'p-1', location: 0 },
    { id: 'p-3', location: 30 },
  ];
  it('links the block holding the most matched words', () => {
    expect(bestPassage(anchors, [3, 12, 13, 14, 31])).toBe('p-2');
    expect(bestPassage(anchors, [40, 41])).toBe('p-3');
  });
  it('prefers the earliest block on a tie and gives null without matches', () => {
    expect(bestPassage(anchors, [5, 35])).toBe('p-1');
    expect(bestPassage(anchors, [])).toBeNull();
  });
  it('takes time in proportion to blocks plus matches: 10,000 blocks, 100,000 matches, unsorted', () => {
    const many = Array.from({ length: 10_000 }, (_, index) => ({ id: `p-${index}`, location: index * 20 }));
    // Ten matches in every block, eleven in p-6172; in no particular order.
    const locations = Array.from({ length: 100_000 }, (_, index) => (index % 10_000) * 20 + Math.floor(index / 10_000));
    locations.push(6172 * 20 + 15);
    locations.reverse();
    const started = performance.now();
    expect(bestPassage(many.reverse(), locations)).toBe('p-6172');
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('listNewestFirst', () => {
  it('lists every case, newest year first', () => {
    const listed = listNewestFirst([
      page('/a/', '', { meta: { year: '2018' } }),
      page('/b/', '', { meta: { year: '2019' } }),
    ]);
    expect(listed.map((result) => result.candidate.url)).toEqual(['/b/', '/a/']);
  });
});
