// Orders Pagefind's matches before any page text is read, from what every result carries for
// free: its score and `words`, the positions of the matched words in the page. In the pair index
// (pairs.ts) a page that says 技能大赛 has 技能 and 大赛 two positions apart, so the pages saying
// a term are told from the positions of the pairs searched (covering.ts). Only the pages shown are
// then read and verified (rank.ts).

/** One Pagefind match: page id, Pagefind's score, matched word positions. */
export interface Hit {
  id: string;
  score: number;
  words: number[];
}

export interface Matches {
  /** Pages saying every term: its searched pairs at their offsets (covering.ts probeStarts). */
  saying: Set<string>;
  /** Pages tagged with the measure the query names. */
  tagged: Set<string>;
  /** Pages holding the query's searched pairs anywhere (Pagefind's ordinary search), for scores and positions. */
  anywhere: Hit[];
  /** Pages saying a term with punctuation inside (covering.ts brokenProbes). */
  punctuated: Set<string>;
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
 * Page ids, most promising first: pages saying the term (tagged ones first), then pages saying it
 * with punctuation inside, then tagged, then the rest by their longest run. Within a
 * class Pagefind's score decides (it grows with the number of occurrences). The rest are left out
 * when any page is in the first classes: the ranking would drop them anyway (rank.ts), so their
 * texts are never read.
 */
export function orderMatches({ saying, tagged, anywhere, punctuated }: Matches): string[] {
  const score = new Map<string, number>();
  for (const hit of anywhere) score.set(hit.id, Math.max(score.get(hit.id) ?? 0, hit.score));
  const rank = (id: string): number => {
    if (saying.has(id)) return tagged.has(id) ? 0 : 1;
    if (punctuated.has(id)) return 2;
    return tagged.has(id) ? 3 : 4;
  };
  const ids = [...new Set([...saying, ...tagged, ...anywhere.map((hit) => hit.id), ...punctuated])];
  const ranked = ids.map((id) => ({ id, rank: rank(id), score: score.get(id) ?? 0 }));
  const matching = ranked.filter((entry) => entry.rank < 4);
  if (matching.length > 0) return matching.sort((a, b) => a.rank - b.rank || b.score - a.score).map(({ id }) => id);
  // Only when nothing matches do the runs order the rest (thousands of hits on a large archive).
  const run = new Map<string, number>();
  for (const hit of anywhere) run.set(hit.id, Math.max(run.get(hit.id) ?? 0, longestRun(hit.words)));
  const runOf = (id: string) => run.get(id) ?? 0;
  return ranked.sort((a, b) => runOf(b.id) - runOf(a.id) || b.score - a.score).map(({ id }) => id);
}
