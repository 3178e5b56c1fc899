// Orders Pagefind's matches before any page text is read, from what every result carries for
// free: its score and `words`, the positions of the matched words in the page. In the pair index
// (pairs.ts) a page that says 八大员 has its pairs 八大 大员 at consecutive positions, so a run of
// positions as long as the query's pair count marks the term itself; Pagefind's exact-phrase
// search finds those pages directly. Only the pages shown are then read and verified (rank.ts).

/** One Pagefind match: page id, Pagefind's score, matched word positions. */
export interface Hit {
  id: string;
  score: number;
  words: number[];
}

export interface Matches {
  /** Pages holding every term as a phrase (Pagefind exact search). */
  exact: Set<string>;
  /** Pages tagged with the measure the query names. */
  tagged: Set<string>;
  /** Pages holding the query's pairs anywhere (Pagefind's ordinary search), for scores and positions. */
  loose: Hit[];
  /** Pages holding a term's pairs but one inner pair (pairs.ts brokenPhraseQueries), with their positions. */
  broken: Hit[];
  /** Pairs in the longest term: a run of this many consecutive positions is the term itself. */
  phraseLength: number;
}

/** Length of the longest run of consecutive positions (5, 6, 7 → 3). */
export function longestRun(words: number[]): number {
  const sorted = [...new Set(words)].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  sorted.forEach((word, index) => {
    run = index > 0 && word === sorted[index - 1]! + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  return longest;
}

/**
 * Length of the longest run allowed one skipped position: “三补贴”“三挂钩” holds 三补 补贴 ”“ 三挂 挂钩,
 * the punctuation taking a position of its own (5, 6, 8, 9 → 4).
 */
export function longestBrokenRun(words: number[]): number {
  const sorted = [...new Set(words)].sort((a, b) => a - b);
  let longest = Math.min(sorted.length, 1);
  let start = 0;
  let skipped = -1;
  for (let index = 1; index < sorted.length; index += 1) {
    const step = sorted[index]! - sorted[index - 1]!;
    if (step === 2) {
      if (skipped >= 0) start = skipped;
      skipped = index;
    } else if (step !== 1) {
      start = index;
      skipped = -1;
    }
    longest = Math.max(longest, index - start + 1);
  }
  return longest;
}

/** The positions lying in runs of at least `length` consecutive positions: where the term is said. */
export function phrasePositions(words: number[], length: number): number[] {
  const sorted = [...new Set(words)].sort((a, b) => a - b);
  const kept: number[] = [];
  let start = 0;
  for (let index = 1; index <= sorted.length; index += 1) {
    if (index < sorted.length && sorted[index] === sorted[index - 1]! + 1) continue;
    if (index - start >= length) kept.push(...sorted.slice(start, index));
    start = index;
  }
  return kept;
}

/**
 * Page ids, most promising first: pages saying the term (tagged ones first) — found by the exact
 * search, or by a full run of positions where no exact search was possible (84个) — then pages
 * saying it with punctuation inside, then tagged, then the rest by their longest run. Within a
 * class Pagefind's score decides (it grows with the number of occurrences). The rest are left out
 * when any page is in the first classes: the ranking would drop them anyway (rank.ts), so their
 * texts are never read.
 */
export function orderMatches({ exact, tagged, loose, broken, phraseLength }: Matches): string[] {
  const score = new Map<string, number>();
  const run = new Map<string, number>();
  for (const hit of loose) {
    score.set(hit.id, Math.max(score.get(hit.id) ?? 0, hit.score));
    run.set(hit.id, Math.max(run.get(hit.id) ?? 0, longestRun(hit.words)));
  }
  const punctuated = new Set(
    phraseLength < 3 ? [] : broken.filter((hit) => longestBrokenRun(hit.words) >= phraseLength - 1).map((hit) => hit.id),
  );
  const rank = (id: string): number => {
    if (exact.has(id) || (run.get(id) ?? 0) >= phraseLength) return tagged.has(id) ? 0 : 1;
    if (punctuated.has(id)) return 2;
    return tagged.has(id) ? 3 : 4;
  };
  const ids = [...new Set([...exact, ...tagged, ...loose.map((hit) => hit.id), ...punctuated])];
  const ranked = ids.map((id) => ({ id, rank: rank(id), run: run.get(id) ?? 0, score: score.get(id) ?? 0 }));
  const matching = ranked.filter((entry) => entry.rank < 4);
  return (matching.length > 0 ? matching : ranked)
    .sort((a, b) => a.rank - b.rank || (a.rank === 4 ? b.run - a.run : 0) || b.score - a.score)
    .map(({ id }) => id);
}
