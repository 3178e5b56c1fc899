// Which passage of a case is tagged with each of its measures, carried in the search index as a
// `tagged-passages` filter value (CaseSearchMeta.astro), so that a case found only through its tag
// (its text words the measure differently) links to and quotes that passage, not its opening.
import { unpairText } from './pairs.ts';

export interface TaggedPassage {
  /** The measure's name and aliases. */
  names: string[];
  /** Anchor id of the case's first passage tagged with the measure. */
  passage: string;
}

/** `name|alias=p-id;name2=p-id2`: measure names hold none of `|`, `=` or `;`. */
export function formatTaggedPassages(entries: readonly TaggedPassage[]): string {
  return entries.map(({ names, passage }) => `${names.join('|')}=${passage}`).join(';');
}

/** Reverses {@link formatTaggedPassages}; malformed entries are skipped. */
export function parseTaggedPassages(meta: string | undefined): TaggedPassage[] {
  return (meta ?? '').split(';').flatMap((entry) => {
    const [names = '', passage = ''] = entry.split('=');
    return names && passage ? [{ names: names.split('|').filter(Boolean), passage }] : [];
  });
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
