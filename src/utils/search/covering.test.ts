import { describe, expect, it } from 'vitest';
import { pairText } from './pairs.ts';
import { brokenProbes, cheapestCover, coveringProbe, probeStarts, termPositions } from './covering.ts';

/** Frequent pairs as the manifest lists them, most frequent first. */
const frequent = new Map(['工会', '工作', '职工', '会工', '社会'].map((word, rank) => [word, rank]));

/** Positions of each word of `text` in the pair index (pairs.ts), as Pagefind numbers them. */
function positionsIn(text: string, words: string[]): number[] {
  return pairText(text)
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word, position) => (words.some((wanted) => word.startsWith(wanted)) ? [position] : []));
}

describe('cheapestCover', () => {
  it('keeps the first and last pair and never leaves two neighbours out', () => {
    expect(cheapestCover([1, 1, 1])).toEqual([0, 2]);
    expect(cheapestCover([1, 1, 1, 1, 1, 1, 1])).toEqual([0, 2, 4, 6]);
    expect(cheapestCover([1, 1])).toEqual([0, 1]);
    expect(cheapestCover([1])).toEqual([0]);
  });
  it('takes an extra cheap pair rather than an expensive one', () => {
    // 社会化工会工作者: 社会 会化 化工 工会 会工 工作 作者, with 工会 and 工作 expensive.
    expect(cheapestCover([3, 1, 1, 9, 5, 8, 1])).toEqual([0, 2, 4, 6]);
    expect(cheapestCover([1, 1, 9, 1, 1])).toEqual([0, 1, 3, 4]);
  });
});

describe('coveringProbe', () => {
  it('searches every other pair of a term in its index words', () => {
    expect(coveringProbe('技能大赛')).toEqual({ words: ['技能', '大赛'], offsets: [0, 2], span: 3 });
    expect(coveringProbe('暖心驿站')).toEqual({ words: ['暖心', '驿站'], offsets: [0, 2], span: 3 });
    expect(coveringProbe('三补贴三挂钩')).toEqual({ words: ['三补', '贴三', '挂钩'], offsets: [0, 2, 4], span: 5 });
  });
  it('needs both pairs of a three-character term and keeps lone characters and numbers', () => {
    expect(coveringProbe('八大员')).toEqual({ words: ['八大', '大员'], offsets: [0, 1], span: 2 });
    expect(coveringProbe('84个')).toEqual({ words: ['84', '个'], offsets: [0, 1], span: 2 });
  });
  it('steers around the archive’s frequent pairs', () => {
    const probe = coveringProbe('社会化工会工作者', frequent);
    expect(probe.words).toEqual(['会化', '化工', '会工', '作者']);
    expect(probe.words).not.toContain('工会');
    expect(probe.words).not.toContain('工作');
    expect(coveringProbe('职工之家', frequent).words).toEqual(['工之', '之家']);
  });
  it('leaves out a frequent end pair beside a rarer pair', () => {
    const skills = new Map([['技能', 0]]);
    expect(coveringProbe('技能大赛', skills)).toEqual({ words: ['能大', '大赛'], offsets: [1, 2], span: 3 });
    // 能大 is frequent too, but less so than 技能: 能大 大赛 still pin three characters.
    const bothFrequent = new Map([
      ['技能', 0],
      ['能大', 1],
    ]);
    expect(coveringProbe('技能大赛', bothFrequent)).toEqual({ words: ['能大', '大赛'], offsets: [1, 2], span: 3 });
    // Beside a more frequent pair the end pair stays (the cover skips the neighbour).
    const rarerEnd = new Map([
      ['能大', 0],
      ['技能', 1],
    ]);
    expect(coveringProbe('技能大赛', rarerEnd).words).toEqual(['技能', '大赛']);
    // 工会 gives way to the rarer 会工; 工作 would leave 会工 alone, which is frequent: it stays.
    expect(coveringProbe('工会工作', frequent).words).toEqual(['会工', '工作']);
    expect(
      coveringProbe(
        '八大员',
        new Map([
          ['八大', 0],
          ['大员', 1],
        ]),
      ).words,
    ).toEqual(['八大', '大员']);
  });
});

describe('probeStarts', () => {
  it('finds the term where the chosen pairs stand at their offsets', () => {
    const text = '举办职工技能大赛和技能展示';
    const probe = coveringProbe('技能大赛');
    const starts = probeStarts(positionsIn(text, probe.words), probe);
    expect(starts).toEqual([4]);
    expect(termPositions(starts, probe.span)).toEqual([4, 5, 6]);
  });
  it('cannot tell which pair stands where: 大赛技能 passes too, and the page text decides (rank.ts)', () => {
    const probe = coveringProbe('技能大赛');
    expect(probeStarts(positionsIn('大赛技能', probe.words), probe)).toEqual([0]);
  });
  it('places a term probed without its first pair where that pair would stand', () => {
    const probe = coveringProbe('技能大赛', new Map([['技能', 0]]));
    expect(probeStarts(positionsIn('举办职工技能大赛', probe.words), probe)).toEqual([4]);
  });
  it('finds a long common term without its frequent pairs', () => {
    const text = '招聘社会化工会工作者，工会工作者队伍';
    const probe = coveringProbe('社会化工会工作者', frequent);
    expect(probeStarts(positionsIn(text, probe.words), probe)).toEqual([2]);
  });
  it('does not take scattered pairs for the term', () => {
    const probe = coveringProbe('暖心驿站');
    expect(probeStarts(positionsIn('暖心服务进驿站', probe.words), probe)).toEqual([]);
    expect(probeStarts([], probe)).toEqual([]);
  });
  it('finds 84个 where 个 begins a longer pair', () => {
    const probe = coveringProbe('84个');
    expect(probeStarts(positionsIn('新建工会84个，会员', probe.words), probe)).toEqual([3]);
  });
});

describe('brokenProbes', () => {
  it('covers each side of a chosen inner pair without it, so punctuation there is found', () => {
    const probes = brokenProbes('三补贴三挂钩');
    expect(probes).toEqual([{ words: ['三补', '补贴', '三挂', '挂钩'], offsets: [0, 1, 3, 4], span: 5 }]);
    const text = '实行“三补贴”“三挂钩”办法';
    const probe = probes[0]!;
    expect(probeStarts(positionsIn(text, probe.words), probe)).toEqual([2]);
  });
  it('leaves a side that is one frequent pair to the text check', () => {
    const probes = brokenProbes('技能大赛', new Map([['技能', 0]]));
    expect(probes).toEqual([{ words: ['大赛'], offsets: [2], span: 3 }]);
    expect(probeStarts(positionsIn('举办技能、大赛', probes[0]!.words), probes[0]!)).toEqual([2]);
    // With both sides a frequent pair nothing else pins the place: both stay.
    expect(
      brokenProbes(
        '职工之家',
        new Map([
          ['职工', 0],
          ['之家', 1],
        ]),
      ),
    ).toEqual([{ words: ['职工', '之家'], offsets: [0, 2], span: 3 }]);
  });
  it('pins a side of frequent pairs by its rarest pair alone', () => {
    const common = new Map(['工作', '劳模', '作室'].map((word, rank) => [word, rank]));
    const probes = brokenProbes('劳模工作室', common);
    expect(probes).toEqual([{ words: ['劳模', '作室'], offsets: [0, 3], span: 4 }]);
    expect(probeStarts(positionsIn('评选劳模“工作室”', probes[0]!.words), probes[0]!)).toEqual([2]);
    // A side with a pair that is not frequent keeps only such pairs.
    expect(brokenProbes('劳模工作室', new Map([['工作', 0]]))).toEqual([
      { words: ['劳模', '作室'], offsets: [0, 3], span: 4 },
    ]);
  });
  it('leaves breaks at pairs the covering probe skips to that probe', () => {
    const probe = coveringProbe('技能大赛');
    expect(brokenProbes('技能大赛')).toEqual([]);
    expect(probeStarts(positionsIn('技能、大赛', probe.words), probe)).toEqual([0]);
  });
  it('looks for no break in short or long terms', () => {
    expect(brokenProbes('八大员')).toEqual([]);
    expect(brokenProbes('社会化工会工作者', frequent)).toEqual([]);
  });
});
