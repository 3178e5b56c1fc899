// The word streams of several bundles joined into one, in the order Pagefind sorts words (UTF-8
// bytes, i.e. code points), and the word range each chunk of the joined stream answers for.
import type { IndexedWord, PostingList } from './word-index.ts';

/** Code-point order (Rust's string order, which Pagefind sorts and searches chunks by). */
export function compareWords(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    // UTF-16 unit order differs from code-point order only where a surrogate meets U+E000–U+FFFF.
    if (a.charCodeAt(index) !== b.charCodeAt(index)) return a.codePointAt(index)! - b.codePointAt(index)!;
  }
  return a.length - b.length;
}

function joinVariants(words: IndexedWord[]): IndexedWord['variants'] {
  const byForm = new Map<string, PostingList[]>();
  for (const { variants } of words) {
    for (const { form, postings } of variants) byForm.set(form, [...(byForm.get(form) ?? []), ...postings]);
  }
  return [...byForm].map(([form, postings]) => ({ form, postings }));
}

/**
 * Joins streams each sorted by word whose pages are numbered apart (stream k's pages after stream
 * k−1's): a word in several streams gets their postings in stream order, so pages stay ascending.
 */
export function* mergeWordStreams(streams: Iterable<IndexedWord>[]): Generator<IndexedWord> {
  const iterators = streams.map((stream) => stream[Symbol.iterator]());
  const heads = iterators.map((iterator) => iterator.next());
  for (;;) {
    let smallest: string | null = null;
    for (const head of heads) {
      if (!head.done && (smallest === null || compareWords(head.value.word, smallest) < 0)) smallest = head.value.word;
    }
    if (smallest === null) return;
    const same: IndexedWord[] = [];
    heads.forEach((head, index) => {
      if (!head.done && head.value.word === smallest) {
        same.push(head.value);
        heads[index] = iterators[index]!.next();
      }
    });
    yield same.length === 1
      ? same[0]!
      : { word: smallest, postings: same.flatMap((word) => word.postings), variants: joinVariants(same) };
  }
}

function sharedPrefixLength(a: string[], b: string[]): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * The shortest word `w` with last ≤ w < next (code-point order): where a chunk ending in `last`
 * can end its range before the next chunk begins (台州四个加法纪实, 台州市 → 台州囜).
 */
export function rangeEnd(last: string, next: string): string {
  const ending = Array.from(last);
  const following = Array.from(next);
  const shared = sharedPrefixLength(ending, following);
  if (ending.length <= shared + 1) return last;
  const bumped = ending[shared]!.codePointAt(0)! + 1;
  const isSurrogate = bumped >= 0xd800 && bumped <= 0xdfff;
  return bumped < following[shared]!.codePointAt(0)! && !isSurrogate
    ? ending.slice(0, shared).join('') + String.fromCodePoint(bumped)
    : last;
}

/**
 * The `from`/`to` words of each chunk. `from` is shortened as Pagefind shortens it (chunk_meta):
 * to one character past what it shares with the previous chunk's last word. `to` is the shortest
 * word at or after the chunk's last word and before the next chunk's first: Pagefind would
 * instead cut `to` to a prefix of the last word, and a word past it (技能大赛 after `to` 技能大)
 * is then found only by prefix matching, which also loads the previous chunk (技能's, the largest
 * of all). Every word of a chunk thus lies in its range and in no other.
 */
export function chunkBoundaries(chunks: Array<{ first: string; last: string }>): Array<{ from: string; to: string }> {
  return chunks.map(({ first, last }, index) => {
    const previous = chunks[index - 1];
    const next = chunks[index + 1];
    const characters = Array.from(first);
    return {
      from: previous
        ? characters.slice(0, sharedPrefixLength(characters, Array.from(previous.last)) + 1).join('')
        : first,
      to: next ? rangeEnd(last, next.first) : last,
    };
  });
}
