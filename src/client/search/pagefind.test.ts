import { describe, expect, it } from 'vitest';
import { fakeIndex, type FakePage } from './__fixtures__/fake-index.ts';
import { findCandidates } from './pagefind.ts';

const saying = (count: number): FakePage[] =>
  Array.from({ length: count }, (_, at) => ({ id: `says-${at}`, body: '举办职工技能大赛', measures: [] }));
const taggedOnly: FakePage = { id: 'tagged-only', body: '组织岗位练兵', measures: ['技能竞赛', '技能大赛'] };
const scattered: FakePage = { id: 'scattered', body: '技能培训和书法大赛', measures: [] };

const buildings = (count: number): FakePage[] =>
  Array.from({ length: count }, (_, at) => ({ id: `buildings-${at}`, body: '推进楼宇党建', measures: [] }));
const quoted: FakePage = { id: 'quoted', body: '成立楼宇“工会”', measures: [] };

describe('findCandidates', () => {
  it('looks for a term with punctuation inside through one pair only while few pages hold it', async () => {
    // 工会 is frequent: the probe for 楼宇“工会” is 楼宇 alone, which pins no place.
    const frequent = new Map([['工会', 0]]);
    const few = { ...fakeIndex([quoted, ...buildings(3)]), frequent };
    const found = await findCandidates(few, ['楼宇工会'], false, 10);
    expect(found.saying).toBe(4);
    const read = await found.load(0, found.total);
    expect(read.map((candidate) => candidate.url)).toContain('/cases/quoted/');
    // On many pages it is not looked for: one page written so is missed rather than 26 read.
    const many = { ...fakeIndex([quoted, ...buildings(25)]), frequent };
    const none = await findCandidates(many, ['楼宇工会'], false, 10);
    expect(none.saying).toBe(0);
    expect(none.total).toBe(0);
  });
  it('searches the covering pairs only and tells the pages saying the term from their positions', async () => {
    const index = fakeIndex([...saying(2), scattered]);
    const list = await findCandidates(index, ['技能大赛'], false, 10);
    expect(index.pagefind.asked).toEqual(['技能 大赛']);
    expect(index.pagefind.preloaded).toEqual([]);
    const read = await list.load(0, list.total);
    expect(read.map((candidate) => candidate.url)).toEqual(['/cases/says-0/', '/cases/says-1/']);
    expect(read[0]!.locations).toEqual([4, 5, 6]);
  });
  it('reads the pages saying the term at once when few do, and looks for the tagged ones when they are read', async () => {
    const index = fakeIndex([...saying(2), taggedOnly]);
    const list = await findCandidates(index, ['技能大赛'], true, 10);
    expect(index.read).toEqual(['says-0', 'says-1']);
    expect(index.pagefind.preloaded).toEqual(['技能大赛']);
    expect(list.saying).toBe(2);
    expect((await list.load(0, list.saying)).map((candidate) => candidate.url)).toEqual([
      '/cases/says-0/',
      '/cases/says-1/',
    ]);
    expect(index.pagefind.asked).not.toContain('技能大赛');
    expect((await list.load(2, list.total)).map((candidate) => candidate.url)).toEqual(['/cases/tagged-only/']);
    expect(index.pagefind.asked).toContain('技能大赛');
    expect(index.read).toEqual(['says-0', 'says-1', 'tagged-only']);
  });
  it('leaves them until every page saying the term is read when enough do', async () => {
    const index = fakeIndex([...saying(3), taggedOnly]);
    const { pagefind } = index;
    const list = await findCandidates(index, ['技能大赛'], true, 2);
    expect(pagefind.asked).toEqual(['技能 大赛']);
    // Its index chunks load beside the first search's all the same (a round trip less when needed).
    expect(pagefind.preloaded).toEqual(['技能大赛']);
    expect(list.total).toBe(4);
    expect(await list.load(0, 3)).toHaveLength(3);
    expect(pagefind.asked).toEqual(['技能 大赛']);
    const rest = await list.load(3, 4);
    expect(pagefind.asked).toEqual(['技能 大赛', '技能大赛']);
    expect(rest.map((candidate) => candidate.url)).toEqual(['/cases/tagged-only/']);
    expect(list.total).toBe(4);
  });
});
