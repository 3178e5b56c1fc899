// Which passages of a case are tagged with each of its measures, carried in the search index as a
// `tagged-passages` filter value (CaseSearchMeta.astro), so that a case found only through its tag
// (its text never says the query) links to and quotes the tagged passage that suits the query best.
import { characterPairs, unpairText } from './pairs.ts';
import { identity, looseForm, type Fold } from './text.ts';

export interface TaggedPassage {
  /** The measure's id (`content/measures/<id>.yaml`). */
  measure: string;
  /** Anchor ids of the case's passages tagged with it, in page order. */
  passages: string[];
}

/** `measure-id=p-1,p-2;other-id=p-3`: ids and anchors hold none of `=`, `,` or `;`. */
export function formatTaggedPassages(entries: readonly TaggedPassage[]): string {
  return entries
    .filter(({ passages }) => passages.length > 0)
    .map(({ measure, passages }) => `${measure}=${passages.join(',')}`)
    .join(';');
}

/** Reverses {@link formatTaggedPassages}; malformed entries are skipped. */
export function parseTaggedPassages(meta: string | undefined): TaggedPassage[] {
  return (meta ?? '').split(';').flatMap((entry) => {
    const [measure = '', list = ''] = entry.split('=');
    const passages = list.split(',').filter(Boolean);
    return measure && passages.length > 0 ? [{ measure, passages }] : [];
  });
}

function sharedPairs(text: string, pairs: readonly string[], fold: Fold): number {
  const loose = looseForm(text, fold);
  return pairs.filter((pair) => loose.includes(pair)).length;
}

const pairsOf = (terms: readonly string[], fold: Fold) => [
  ...new Set(terms.flatMap((term) => characterPairs(looseForm(term, fold)))),
];

/**
 * Of the passages tagged with a measure, the one sharing most of the query's character pairs,
 * then most of the measure's names' (`names`: name, synonyms, narrower terms), the earliest on a
 * tie: a case that words the measure differently is shown where it comes closest to what was asked.
 */
export function closestPassage(
  passages: ReadonlyArray<{ id: string; text: string }>,
  terms: string[],
  fold: Fold = identity,
  names: readonly string[] = [],
): string | null {
  const query = pairsOf(terms, fold);
  const measure = pairsOf(names, fold);
  let best: string | null = null;
  let bestScore = -1;
  for (const { id, text } of passages) {
    const score = sharedPairs(text, query, fold) * 1000 + sharedPairs(text, measure, fold);
    if (score > bestScore) [best, bestScore] = [id, score];
  }
  return best;
}

/**
 * A tagged passage from its sentence sharing most character pairs with the measure's names (the
 * first on a tie), so that a long passage is quoted where it does the measure, not at its opening.
 */
export function fromClosestSentence(text: string, names: readonly string[], fold: Fold = identity): string {
  const sentences = text.split(/(?<=[。；！？;!?])/u);
  const measure = pairsOf(names, fold);
  let best = 0;
  let bestShared = 0;
  sentences.forEach((sentence, index) => {
    const shared = sharedPairs(sentence, measure, fold);
    if (shared > bestShared) [best, bestShared] = [index, shared];
  });
  return sentences.slice(best).join('');
}

/**
 * The texts of a page's anchored passages, from a fragment of the pair index: Pagefind's content
 * is the page's words (character pairs) separated by spaces and each anchor's location is the
 * index of its first word, so a passage runs to the next anchor. The content is split at the first
 * passage asked for, once: a case has a dozen tagged passages and a result shows at most one.
 */
export function anchoredTexts(
  content: string,
  anchors: ReadonlyArray<{ id: string; location: number }>,
): (id: string) => string {
  const sorted = [...anchors].sort((a, b) => a.location - b.location);
  let words: string[] | null = null;
  return (id) => {
    const index = sorted.findIndex((anchor) => anchor.id === id);
    if (index < 0) return '';
    words ??= content.split(/\s+/).filter(Boolean);
    return unpairText(words.slice(sorted[index]!.location, sorted[index + 1]?.location ?? words.length).join(' '));
  };
}
