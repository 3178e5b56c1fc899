// Which of a term's index words to search, and how to tell from Pagefind's positions that a page
// says the term. In the pair index (pairs.ts) 技能大赛 is 技能 能大 大赛 at positions p, p+1, p+2;
// 技能 at p and 大赛 at p+2 already hold every character, so a *covering* subset of the pairs at
// their offsets proves the term, and pairs found on most pages (工会, 工作: large postings, slow
// to search) can be left out. The index publishes its most frequent pairs (index-manifest.ts).
// A frequent pair at a term's end is left out too when the pair beside it is rarer: that pair
// pins the term's place and only the end character is left to the text check (rank.ts).
import { pairQuery, chainsOn } from './pairs.ts';

/** Some of a term's index words, each at its position relative to the term's first word. */
export interface Probe {
  words: string[];
  offsets: number[];
  /** Positions the whole term takes (its word count). */
  span: number;
}

/** A word Pagefind drops (punctuation between runs): it takes a position but cannot be searched. */
const unsearchable = /^[\p{P}\p{S}]+$/u;

/** Cost of searching a pair: 1, plus up to `frequentCost` for the archive's most frequent pairs (rank 0 first). */
const frequentCost = 8;
function pairCost(word: string, frequent: ReadonlyMap<string, number>): number {
  const rank = frequent.get(word);
  return rank === undefined ? 1 : 1 + (frequentCost * (frequent.size - rank)) / frequent.size;
}

/**
 * The cheapest subset of a chain of k pairs (k + 1 characters) that still covers every character:
 * the first and last pair, and never two neighbours left out. Returns the chosen indices.
 */
export function cheapestCover(costs: number[]): number[] {
  const k = costs.length;
  if (k <= 2) return costs.map((_, index) => index);
  // best[i][left]: cheapest choice of pairs 0..i with pair i chosen (left = 0) or left out (left = 1).
  const best: Array<[number, number]> = [[costs[0]!, Infinity]];
  const from: Array<[number, number]> = [[-1, -1]];
  for (let index = 1; index < k; index += 1) {
    const [taken, skipped] = best[index - 1]!;
    const chosen = costs[index]! + Math.min(taken, skipped);
    const leftOut = index === k - 1 ? Infinity : taken;
    best.push([chosen, leftOut]);
    from.push([taken <= skipped ? 0 : 1, 0]);
  }
  const picked: number[] = [];
  let state = 0;
  for (let index = k - 1; index >= 0; index -= 1) {
    if (state === 0) picked.unshift(index);
    state = from[index]![state]!;
  }
  return picked;
}

/** Splits word indices into chains of pairs (八大 大员: 大 links them); other words stand alone. */
function chains(words: string[]): number[][] {
  const found: number[][] = [];
  words.forEach((word, index) => {
    const last = found.at(-1);
    const previous = words[index - 1];
    const linked = last && previous && chainsOn(previous, word);
    if (linked) last.push(index);
    else found.push([index]);
  });
  return found;
}

function probeOf(words: string[], chosen: number[]): Probe {
  const kept = chosen.filter((index) => !unsearchable.test(words[index]!));
  return { words: kept.map((index) => words[index]!), offsets: kept, span: words.length };
}

/**
 * The chain without a frequent end pair its neighbour can stand in for: one that is not frequent
 * (技能 in 技能大赛, when 能大 is rare), or one less frequent while two pairs or more remain (能大
 * 大赛 still pin three characters). Searching a pair costs with the pages and positions it has: at
 * 10,000 pages 技能, on nearly every page, cost a first search more than all the rest of it.
 */
function withoutFrequentEnds(chain: number[], words: string[], frequent: ReadonlyMap<string, number>): number[] {
  const rank = (index: number) => frequent.get(words[index]!) ?? Infinity;
  const replaceable = (end: number, neighbour: number | undefined, remaining: number) =>
    neighbour !== undefined &&
    rank(end) < Infinity &&
    (rank(neighbour) === Infinity || (remaining >= 2 && rank(neighbour) > rank(end)));
  let kept = chain;
  const dropFirst = () => {
    if (replaceable(kept[0]!, kept[1], kept.length - 1)) kept = kept.slice(1);
  };
  const dropLast = () => {
    if (replaceable(kept.at(-1)!, kept.at(-2), kept.length - 1)) kept = kept.slice(0, -1);
  };
  // The more frequent end first, so that it is the one left out when only one may be.
  for (const drop of rank(chain[0]!) <= rank(chain.at(-1)!) ? [dropFirst, dropLast] : [dropLast, dropFirst]) drop();
  return kept;
}

function coverChain(chain: number[], words: string[], frequent: ReadonlyMap<string, number>): number[] {
  const kept = withoutFrequentEnds(chain, words, frequent);
  const picked = cheapestCover(kept.map((index) => pairCost(words[index]!, frequent)));
  return picked.map((at) => kept[at]!);
}

/** The words to search for `term`: every character in some chosen pair, frequent pairs avoided. */
export function coveringProbe(term: string, frequent: ReadonlyMap<string, number> = new Map()): Probe {
  const words = pairQuery(term).split(' ').filter(Boolean);
  return probeOf(
    words,
    chains(words).flatMap((chain) => coverChain(chain, words, frequent)),
  );
}

/** Longest term (in words) looked for with punctuation inside: longer ones would search frequent pairs. */
const maxBrokenWords = 5;

/**
 * Probes for the term written with punctuation inside (“三补贴”“三挂钩” for 三补贴三挂钩): such a
 * page lacks the pair across the break, and the punctuation takes its position. A break at a pair
 * the covering probe leaves out is found by that probe itself; for each inner pair it chooses,
 * the characters on either side are covered without it.
 */
export function brokenProbes(term: string, frequent: ReadonlyMap<string, number> = new Map()): Probe[] {
  const words = pairQuery(term).split(' ').filter(Boolean);
  if (words.length < 3 || words.length > maxBrokenWords) return [];
  const parts = chains(words);
  const chosen = parts.flatMap((chain) => coverChain(chain, words, frequent));
  return parts.flatMap((chain) =>
    chain
      .slice(1, -1)
      .filter((index) => chosen.includes(index))
      .map((gap) => {
        const sides = [chain.filter((index) => index < gap), chain.filter((index) => index > gap)];
        const others = chosen.filter((index) => !chain.includes(index));
        const covered = pinnedSides(
          sides.map((side) => pinningPairs(side, words, frequent)),
          words,
          frequent,
        );
        return probeOf(
          words,
          [...others, ...covered.flat()].sort((a, b) => a - b),
        );
      }),
  );
}

/**
 * The pairs that pin one side of a break: its cover less the frequent pairs, or its rarest pair
 * when all are frequent. The two sides at their offsets fix the term's place as the two pairs of
 * any probe do, and the text check (rank.ts) reads every character: searching 工作, on nearly
 * every page, for 劳模“工作室” loaded more of the index than the rest of the search.
 */
function pinningPairs(side: number[], words: string[], frequent: ReadonlyMap<string, number>): number[] {
  const rank = (index: number) => frequent.get(words[index]!) ?? Infinity;
  const rare = coverChain(side, words, frequent).filter((index) => rank(index) === Infinity);
  if (rare.length > 0 || side.length === 0) return rare;
  return [side.reduce((rarest, index) => (rank(index) > rank(rarest) ? index : rarest))];
}

/**
 * The covered sides of a break, less a side that is one frequent pair (技能 in 技能、大赛) when the
 * other side has a pair that is not frequent: that side pins the place, the text check the rest.
 */
function pinnedSides(sides: number[][], words: string[], frequent: ReadonlyMap<string, number>): number[][] {
  const isFrequent = (index: number) => frequent.has(words[index]!);
  const kept = sides.filter((side) => !(side.length === 1 && isFrequent(side[0]!)));
  return kept.some((side) => side.some((index) => !isFrequent(index))) ? kept : sides;
}

/** Where a page says the probed term: each start p with every probe word's position p + offset among `positions`. */
export function probeStarts(positions: number[], probe: Probe): number[] {
  if (probe.offsets.length === 0) return [];
  const found = new Set(positions);
  const [first] = probe.offsets;
  const starts = new Set(positions.map((position) => position - first!));
  return [...starts]
    .filter((start) => probe.offsets.every((offset) => found.has(start + offset)))
    .sort((a, b) => a - b);
}

/** The positions the term takes wherever the page says it (for the passage with most occurrences). */
export function termPositions(starts: number[], span: number): number[] {
  return [...new Set(starts.flatMap((start) => Array.from({ length: span }, (_, offset) => start + offset)))].sort(
    (a, b) => a - b,
  );
}
