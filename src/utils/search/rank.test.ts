import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../content-model/simplified.ts';
import { bestPassage, listNewestFirst, orderVerified, verifyCandidate, type Candidate, type Ranked } from './rank.ts';

/** Every candidate verified, then ordered: what the search page does slice by slice. */
function verifyAndOrder(candidates: Candidate[], terms: string[], fold?: (text: string) => string): Ranked[] {
  return orderVerified(
    candidates.map((candidate) => verifyCandidate(candidate, terms, fold)),
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
  it('counts a page tagged with a measure of that name as exact, though after one that says it', () => {
    const ranked = verifyAndOrder(
      [
        page('/mention/', '推行三补贴三挂钩。', { score: 3 }),
        page('/tagged/', '经费保障“三补贴”“三挂钩”。', { measureTerms: ['经费保障', '三补贴三挂钩'] }),
      ],
      ['三补贴三挂钩'],
    );
    expect(ranked.map((result) => [result.candidate.url, result.tier])).toEqual([
      ['/mention/', 'exact'],
      ['/tagged/', 'exact'],
    ]);
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
      ['/tagged/', 'exact'],
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
        page('/noise/', '职业家庭。', { score: 9 }),
      ],
      ['职工之家'],
    );
    expect(ranked.map((result) => [result.candidate.url, result.tier])).toEqual([
      ['/two/', 'related'],
      ['/one/', 'related'],
    ]);
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
