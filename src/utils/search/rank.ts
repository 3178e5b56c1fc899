// Verifies and re-ranks the candidates whose texts were read: Pagefind finds pages by character
// pairs (pairs.ts) and candidates.ts orders them from word positions, but only the text decides —
// pages that contain the query itself (folded to Simplified, layout spaces removed) are the
// results; pages tagged with a measure whose name or synonym is the query, though their text never
// says it, come after them as a tier of their own; the rest only when nothing matches.
import { characterPairs } from './pairs.ts';
import { closestPassage, type TaggedPassage } from './tagged-passages.ts';
import { countOccurrences, looseForm, matchForm, type Fold, identity } from './text.ts';

/** A page Pagefind returned, with the parts of its fragment the ranking reads. */
export interface Candidate {
  url: string;
  /** Higher for candidates found more promising before reading (pagefind.ts); orders otherwise equal pages. */
  score: number;
  kind: 'case' | 'measure' | 'other';
  title: string;
  content: string;
  /** Names and synonyms of the measures the page is tagged with (on a measure page, its own names). */
  measureTerms: string[];
  /** Elements with an id (passages, headings) and the word position where each starts. */
  anchors: Array<{ id: string; location: number }>;
  /** Word positions where Pagefind matched the query. */
  locations: number[];
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  /** For each tagged measure, the passages tagged with it; `text` reads one passage's text. */
  taggedPassages?: TaggedPassage[];
  /** The text of an anchored passage (read only for the passage a tag-only result quotes). */
  passageText?: (id: string) => string;
}

/**
 * exact: the text holds every term; loose: only with punctuation between; tagged: the text says
 * neither, but the page is tagged with a measure the query names; related: Pagefind's guess.
 */
export type Tier = 'exact' | 'loose' | 'tagged' | 'related';

/** A measure the query names by its name or a synonym (suggest.ts measuresNamed). */
export interface NamedMeasure {
  id: string;
  name: string;
  /** Its name, synonyms and narrower terms: what a tag-only result's quoted passage is chosen by. */
  names: string[];
}

export interface Ranked {
  candidate: Candidate;
  tier: Tier;
  /** The query is the name or a synonym of a measure the page is tagged with. */
  tagged: boolean;
  /** Which of the measures the query names the page is tagged with (for a tag-only result's note). */
  measure: NamedMeasure | null;
  /** Occurrences of the terms in the text. */
  hits: number;
  /** Share of the query's character pairs found in the text (0…1). */
  coverage: number;
  /** Id of the passage to link to: the anchored block holding the most matched words. */
  passage: string | null;
}

/** Exact and loose pages are ordered together (a loose one says the term, if with punctuation inside). */
const tierOrder: Record<Tier, number> = { exact: 0, loose: 0, tagged: 1, related: 2 };

/** The results that say the query: the ones a search counts. */
export function saysQuery(result: Ranked): boolean {
  return result.tier === 'exact' || result.tier === 'loose';
}
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

/**
 * A page sharing less than half of the query's character pairs, or fewer than two, is noise, not a
 * related result: one common pair (职工 of 职工书屋, 八大 of 八大员) is on half the archive.
 */
const minimumCoverage = 1 / 2;
const minimumSharedPairs = 2;

function queryPairs(terms: string[], fold: Fold): string[] {
  return terms.map((term) => looseForm(term, fold)).flatMap(characterPairs);
}

/**
 * A candidate's tier, occurrences, coverage and best passage, from its text (each read once).
 * `named`: the measures the query names; a page tagged with one but not saying the query links to
 * the passage tagged with it that comes closest to the query.
 */
export function verifyCandidate(
  candidate: Candidate,
  terms: string[],
  fold: Fold = identity,
  named: readonly NamedMeasure[] = [],
): Ranked {
  const exactTerms = terms.map((term) => matchForm(term, fold));
  const looseTerms = terms.map((term) => looseForm(term, fold));
  const text = matchForm(`${candidate.title} ${candidate.content}`, fold);
  const loose = looseForm(text);
  const whole = matchForm(terms.join(''), fold);
  const tagged = candidate.measureTerms.some((name) => matchForm(name, fold) === whole);
  const tier: Tier = containsAll(text, exactTerms)
    ? 'exact'
    : containsAll(loose, looseTerms)
      ? 'loose'
      : tagged
        ? 'tagged'
        : 'related';
  // A loose page says the term only with punctuation inside; its occurrences are counted that way.
  const hits =
    tier === 'loose'
      ? looseTerms.reduce((sum, term) => sum + countOccurrences(loose, term), 0)
      : exactTerms.reduce((sum, term) => sum + countOccurrences(text, term), 0);
  const pairs = queryPairs(terms, fold);
  const coverage = pairs.length === 0 ? 0 : pairs.filter((pair) => loose.includes(pair)).length / pairs.length;
  const entries = candidate.taggedPassages ?? [];
  const measure = tagged ? (named.find(({ id }) => entries.some((entry) => entry.measure === id)) ?? null) : null;
  const taggedIds = entries.find((entry) => entry.measure === measure?.id)?.passages ?? [];
  const textOf = candidate.passageText ?? (() => '');
  const passage =
    tier === 'tagged' && taggedIds.length > 0
      ? closestPassage(
          taggedIds.map((id) => ({ id, text: textOf(id) })),
          terms,
          fold,
          measure?.names,
        )
      : bestPassage(candidate.anchors, candidate.locations);
  return { candidate, tier, tagged, measure, hits, coverage, passage };
}

/** How strongly a page that says the query does (a tag-only page: 0, the candidates' order decides). */
function strength(result: Ranked, terms: string[], fold: Fold): number {
  if (result.tier === 'tagged') return 0;
  const title = matchForm(result.candidate.title, fold);
  const inTitle = terms.every((term) => title.includes(matchForm(term, fold)));
  const says = result.hits > 0 ? 2 - (result.tier === 'loose' ? loosePenalty : 0) : 0;
  return says + (result.tagged ? 2 : 0) + (inTitle ? 3 : 0) + Math.log2(1 + result.hits);
}

/**
 * Orders candidates by tier (exact and loose together, then tag-only, related after), then by
 * strength (says the term, tag, title, number of occurrences), then by the candidates' order
 * (pagefind.ts). When any page says the query or is tagged with it, related-only pages are dropped:
 * a cadre searching 八大员 wants the pages that say 八大员, not pages with 八 and 员 somewhere.
 * Otherwise related pages are kept only if they share half of the query's character pairs, and two at least.
 * The candidates come verified (verifyCandidate): the search page verifies each slice once, as it is read.
 */
export function orderVerified(ranked: Ranked[], terms: string[], fold: Fold = identity): Ranked[] {
  const matched = ranked.some((result) => result.tier !== 'related');
  const pairCount = queryPairs(terms, fold).length;
  const related = (result: Ranked) =>
    result.coverage >= minimumCoverage && result.coverage * pairCount >= minimumSharedPairs - 1e-9;
  return ranked
    .filter((result) => (matched ? result.tier !== 'related' : related(result)))
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
    .map((candidate): Ranked => ({
      candidate,
      tier: 'exact',
      tagged: false,
      measure: null,
      hits: 0,
      coverage: 0,
      passage: null,
    }))
    .sort((a, b) => (b.candidate.meta['year'] ?? '').localeCompare(a.candidate.meta['year'] ?? ''));
}
