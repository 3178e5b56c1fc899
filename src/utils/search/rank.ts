// Verifies and re-ranks the candidates whose texts were read: Pagefind finds pages by character
// pairs (pairs.ts) and candidates.ts orders them from word positions, but only the text decides —
// pages that contain the query itself (folded to Simplified, layout spaces removed), or are tagged
// with a measure of that name, come first, the rest only when nothing matches.
import { characterPairs } from './pairs.ts';
import type { TaggedPassage } from './tagged-passages.ts';
import { countOccurrences, looseForm, matchForm, type Fold, identity } from './text.ts';

/** A page Pagefind returned, with the parts of its fragment the ranking reads. */
export interface Candidate {
  url: string;
  /** Higher for candidates found more promising before reading (pagefind.ts); orders otherwise equal pages. */
  score: number;
  kind: 'case' | 'measure' | 'other';
  title: string;
  content: string;
  /** Names and aliases of the measures the page is tagged with (or, on a measure page, its own). */
  measureTerms: string[];
  /** Elements with an id (passages, headings) and the word position where each starts. */
  anchors: Array<{ id: string; location: number }>;
  /** Word positions where Pagefind matched the query. */
  locations: number[];
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  /** For each tagged measure, the first passage tagged with it and that passage's text. */
  taggedPassages?: Array<TaggedPassage & { text: string }>;
}

/** exact: the text holds every term; loose: only with punctuation between; related: Pagefind's guess. */
export type Tier = 'exact' | 'loose' | 'related';

export interface Ranked {
  candidate: Candidate;
  tier: Tier;
  /** The query is the name or an alias of a measure the page is tagged with. */
  tagged: boolean;
  /** Occurrences of the terms in the text. */
  hits: number;
  /** Share of the query's character pairs found in the text (0…1). */
  coverage: number;
  /** Id of the passage to link to: the anchored block holding the most matched words. */
  passage: string | null;
}

/** Exact and loose pages are ordered together (a loose one says the term, if with punctuation inside). */
const tierOrder: Record<Tier, number> = { exact: 0, loose: 0, related: 1 };
/** Strength lost by saying the term with punctuation inside: after an exact page, before a tagged-only one. */
const loosePenalty = 0.5;

function containsAll(text: string, terms: string[]): boolean {
  return terms.every((term) => text.includes(term));
}

/** The anchored block (passage, heading) holding the most matched word positions, earliest on a tie. */
export function bestPassage(anchors: Candidate['anchors'], locations: number[]): string | null {
  const sorted = [...anchors].sort((a, b) => a.location - b.location);
  // One sweep over both, sorted: a page with thousands of blocks and of matches (a 5 MB case
  // file) took seconds when every block counted every match.
  const positions = [...locations].sort((a, b) => a - b);
  let best: string | null = null;
  let bestCount = 0;
  let next = 0;
  sorted.forEach((anchor, index) => {
    const end = sorted[index + 1]?.location ?? Number.POSITIVE_INFINITY;
    while (next < positions.length && positions[next]! < anchor.location) next += 1;
    let count = 0;
    while (next < positions.length && positions[next]! < end) [next, count] = [next + 1, count + 1];
    if (count > bestCount) [best, bestCount] = [anchor.id, count];
  });
  return best;
}

/** A page sharing less than this share of the query's pairs is noise, not a related result. */
const minimumCoverage = 1 / 3;

/** A candidate's tier, occurrences, coverage and best passage, from its text (each read once). */
export function verifyCandidate(candidate: Candidate, terms: string[], fold: Fold = identity): Ranked {
  const exactTerms = terms.map((term) => matchForm(term, fold));
  const looseTerms = terms.map((term) => looseForm(term, fold));
  const text = matchForm(`${candidate.title} ${candidate.content}`, fold);
  const whole = matchForm(terms.join(''), fold);
  const names = (name: string) => matchForm(name, fold) === whole;
  const tagged = candidate.measureTerms.some(names);
  const taggedPassage = candidate.taggedPassages?.find((entry) => entry.names.some(names))?.passage ?? null;
  const tier: Tier =
    tagged || containsAll(text, exactTerms) ? 'exact' : containsAll(looseForm(text), looseTerms) ? 'loose' : 'related';
  const loose = looseForm(text);
  // A loose page says the term only with punctuation inside; its occurrences are counted that way.
  const hits =
    tier === 'loose'
      ? looseTerms.reduce((sum, term) => sum + countOccurrences(loose, term), 0)
      : exactTerms.reduce((sum, term) => sum + countOccurrences(text, term), 0);
  const pairs = looseTerms.flatMap(characterPairs);
  const coverage = pairs.length === 0 ? 0 : pairs.filter((pair) => loose.includes(pair)).length / pairs.length;
  // A page that only carries the tag is best shown at the passage tagged with the measure named.
  const passage = hits === 0 && taggedPassage ? taggedPassage : bestPassage(candidate.anchors, candidate.locations);
  return { candidate, tier, tagged, hits, coverage, passage };
}

function strength(result: Ranked, terms: string[], fold: Fold): number {
  const title = matchForm(result.candidate.title, fold);
  const inTitle = terms.every((term) => title.includes(matchForm(term, fold)));
  const says = result.hits > 0 ? 2 - (result.tier === 'loose' ? loosePenalty : 0) : 0;
  return says + (result.tagged ? 2 : 0) + (inTitle ? 3 : 0) + Math.log2(1 + result.hits);
}

/**
 * Orders candidates by tier (exact and loose together, related after), then by strength (says
 * the term, tag, title, number of occurrences), then by the candidates' order (pagefind.ts).
 * When any page matches exactly or loosely, related-only pages are dropped:
 * a cadre searching 八大员 wants the pages that say 八大员, not pages with 八 and 员 somewhere.
 * Otherwise related pages are kept only if they share a third of the query's character pairs.
 * The candidates come verified (verifyCandidate): the search page verifies each slice once, as it is read.
 */
export function orderVerified(ranked: Ranked[], terms: string[], fold: Fold = identity): Ranked[] {
  const matched = ranked.some((result) => result.tier !== 'related');
  return ranked
    .filter((result) => (matched ? result.tier !== 'related' : result.coverage >= minimumCoverage))
    .map((result) => ({
      result,
      strength: result.tier === 'related' ? result.coverage : strength(result, terms, fold),
    }))
    .sort(
      (a, b) =>
        tierOrder[a.result.tier] - tierOrder[b.result.tier] ||
        b.strength - a.strength ||
        b.result.candidate.score - a.result.candidate.score,
    )
    .map(({ result }) => result);
}

/** Without a query (filters only, e.g. /search/?region=顺义区): every case, newest first. */
export function listNewestFirst(candidates: Candidate[]): Ranked[] {
  return candidates
    .map((candidate): Ranked => ({ candidate, tier: 'exact', tagged: false, hits: 0, coverage: 0, passage: null }))
    .sort((a, b) => (b.candidate.meta['year'] ?? '').localeCompare(a.candidate.meta['year'] ?? ''));
}
