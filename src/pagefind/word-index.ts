// Pagefind's word-index chunks (index/*.pf_index): for each word, in byte order, the pages holding
// it — page numbers delta-encoded within the word — with the word's locations in the page text and
// in its meta fields. Locations are kept as Pagefind encoded them; only page numbers and meta field
// numbers change when bundles are merged.
import { Reader, Writer } from './cbor.ts';
import { compareWords } from './merge-words.ts';

/** A word's locations on one page: absolute page number, the encoded location arrays. */
export interface Posting {
  page: number;
  locs: Uint8Array;
  metaLocs: Uint8Array;
}

export interface IndexedWord {
  word: string;
  postings: Posting[];
  /** Other spellings (diacritics) Pagefind folded into the word. */
  variants: Array<{ form: string; postings: Posting[] }>;
}

/** How a bundle's page and meta field numbers map into the merged bundle. */
export interface Renumbering {
  pageOffset: number;
  /** New number of each of the bundle's meta fields, by old number. */
  metaFields: number[];
}

const emptyArray = Uint8Array.of(0x80);

function isIdentity(map: number[]): boolean {
  return map.every((to, from) => to === from);
}

/** Meta locations name their field by a negative marker, -(field + 1), before its positions. */
export function renumberMetaLocs(metaLocs: Uint8Array, fields: number[]): Uint8Array {
  const reader = new Reader(metaLocs);
  const count = reader.arrayLength();
  const writer = new Writer().arrayHeader(count);
  for (let index = 0; index < count; index += 1) {
    const value = reader.integer();
    if (value >= 0) {
      writer.integer(value);
      continue;
    }
    const field = fields[-value - 1];
    if (field === undefined) throw new Error(`meta field ${-value - 1} is not listed in the bundle's metadata`);
    writer.integer(-field - 1);
  }
  return writer.bytes();
}

function readPostings(reader: Reader, renumbering: Renumbering, renumberFields: boolean): Posting[] {
  const count = reader.arrayLength();
  const postings: Posting[] = [];
  let page = 0;
  for (let index = 0; index < count; index += 1) {
    const fields = reader.arrayLength();
    page += reader.integer();
    const locs = reader.raw();
    let metaLocs = fields >= 3 ? reader.raw() : emptyArray;
    for (let extra = 3; extra < fields; extra += 1) reader.raw();
    if (renumberFields && metaLocs.length > 1) metaLocs = renumberMetaLocs(metaLocs, renumbering.metaFields);
    postings.push({ page: page + renumbering.pageOffset, locs, metaLocs });
  }
  return postings;
}

export function decodeWordChunk(
  body: Uint8Array,
  renumbering: Renumbering = { pageOffset: 0, metaFields: [] },
): IndexedWord[] {
  const reader = new Reader(body);
  const renumberFields = !isIdentity(renumbering.metaFields);
  reader.arrayLength();
  const count = reader.arrayLength();
  const words: IndexedWord[] = [];
  for (let index = 0; index < count; index += 1) {
    const fields = reader.arrayLength();
    const word = reader.text();
    const postings = readPostings(reader, renumbering, renumberFields);
    const variants: IndexedWord['variants'] = [];
    if (fields >= 3) {
      const variantCount = reader.arrayLength();
      for (let variant = 0; variant < variantCount; variant += 1) {
        reader.arrayLength();
        variants.push({ form: reader.text(), postings: readPostings(reader, renumbering, renumberFields) });
      }
    }
    words.push({ word, postings, variants });
  }
  return words;
}

function writePostings(writer: Writer, postings: Posting[]): void {
  writer.arrayHeader(postings.length);
  let previous = 0;
  for (const { page, locs, metaLocs } of postings) {
    writer
      .arrayHeader(3)
      .integer(page - previous)
      .raw(locs)
      .raw(metaLocs);
    previous = page;
  }
}

/** One word's (or spelling's) postings as encoded so far. */
interface PostingList {
  count: number;
  lastPage: number;
  writer: Writer;
}

const newList = (): PostingList => ({ count: 0, lastPage: 0, writer: new Writer(32) });

/**
 * A word-index chunk built posting by posting, each page's after the previous page's, encoded as
 * it comes: an index of a shard holds a million postings, and an object each was most of its time.
 */
export class WordChunkBuilder {
  private readonly words = new Map<string, { list: PostingList; variants: Map<string, PostingList> }>();

  /**
   * Starts page `page`'s posting of `word`, or of its spelling `form` (a variant) when given; the
   * caller writes its locations, then its meta locations, each one CBOR array, to the writer returned.
   */
  add(word: string, form: string | undefined, page: number): Writer {
    let entry = this.words.get(word);
    if (entry === undefined) {
      entry = { list: newList(), variants: new Map() };
      this.words.set(word, entry);
    }
    let list = entry.list;
    if (form !== undefined) {
      let variant = entry.variants.get(form);
      if (variant === undefined) {
        variant = newList();
        entry.variants.set(form, variant);
      }
      list = variant;
    }
    list.writer.arrayHeader(3).integer(page - list.lastPage);
    list.count += 1;
    list.lastPage = page;
    return list.writer;
  }

  /**
   * Chunks of every word added, in the index's word order, each with its first and last word, a
   * new one begun past `chunkBytes`: the merge decodes one chunk of each bundle at a time.
   */
  encode(chunkBytes: number): Array<{ body: Uint8Array; first: string; last: string }> {
    const words = [...this.words.keys()].sort(compareWords);
    const chunks: Array<{ body: Uint8Array; first: string; last: string }> = [];
    for (let start = 0; start < words.length;) {
      let end = start;
      let bytes = 0;
      while (end < words.length && (end === start || bytes < chunkBytes)) bytes += this.size(words[end++]!);
      chunks.push({ body: this.chunk(words.slice(start, end)), first: words[start]!, last: words[end - 1]! });
      start = end;
    }
    return chunks;
  }

  private size(word: string): number {
    const { list, variants } = this.words.get(word)!;
    let bytes = word.length * 3 + list.writer.view().length;
    for (const variant of variants.values()) bytes += variant.writer.view().length;
    return bytes;
  }

  private chunk(words: string[]): Uint8Array {
    const entries = words.map((word): ChunkEntry<PostingList> => {
      const { list, variants } = this.words.get(word)!;
      return [word, list, [...variants]];
    });
    return writeChunk(new Writer(1 << 16), entries, (writer, { count, writer: list }) =>
      writer.arrayHeader(count).raw(list.view()),
    );
  }
}

/** A word of a chunk: the word, its posting list, each spelling's — in whatever form the writer of the chunk holds lists. */
type ChunkEntry<List> = readonly [
  word: string,
  list: List,
  variants: ReadonlyArray<readonly [form: string, list: List]>,
];

/** A word-index chunk as Pagefind lays it out, `[[word, postings, [[form, postings]…]]…]`, each list written by `writeList`. */
function writeChunk<List>(
  writer: Writer,
  entries: ReadonlyArray<ChunkEntry<List>>,
  writeList: (writer: Writer, list: List) => void,
): Uint8Array {
  writer.arrayHeader(1).arrayHeader(entries.length);
  for (const [word, list, variants] of entries) {
    writer.arrayHeader(3).text(word);
    writeList(writer, list);
    writer.arrayHeader(variants.length);
    for (const [form, variantList] of variants) {
      writer.arrayHeader(2).text(form);
      writeList(writer, variantList);
    }
  }
  return writer.bytes();
}

export function encodeWordChunk(words: IndexedWord[]): Uint8Array {
  const entries = words.map(({ word, postings, variants }): ChunkEntry<Posting[]> => [
    word,
    postings,
    variants.map(({ form, postings: variantPostings }) => [form, variantPostings] as const),
  ]);
  return writeChunk(new Writer(), entries, writePostings);
}

/** Encoded size of a word's entry, near enough to cut chunks by. */
export function wordSize({ word, postings, variants }: IndexedWord): number {
  const sizeOf = (list: Posting[]) =>
    list.reduce((sum, { locs, metaLocs }) => sum + locs.length + metaLocs.length + 4, 0);
  return word.length * 3 + sizeOf(postings) + variants.reduce((sum, variant) => sum + sizeOf(variant.postings), 0);
}
