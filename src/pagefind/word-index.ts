// Pagefind's word-index chunks (index/*.pf_index): for each word, in byte order, the pages holding
// it — page numbers delta-encoded within the word — with the word's locations in the page text and
// in its meta fields. Locations are kept as Pagefind encoded them; only page numbers and meta field
// numbers change when bundles are merged.
import { Reader, Writer } from './cbor.ts';
import { compareWords } from './merge-words.ts';

/**
 * A word's (or spelling's) postings from one bundle, kept encoded: pages are delta-encoded within
 * a list, so the merge moves a list to its merged page numbers by writing its first delta anew and
 * copies the rest byte for byte — a merge of 10,000 pages meets millions of postings.
 */
export interface PostingList {
  count: number;
  /** Merged numbers of the list's first and last page. */
  first: number;
  last: number;
  /** Bytes of each posting's locations and meta locations, plus 4 each: what chunks are cut by. */
  size: number;
  /** The encoded list after its first page delta: the first posting's locations, then every later posting whole. */
  rest: Uint8Array;
}

export interface IndexedWord {
  word: string;
  /** Its postings in page order: a list from each bundle holding the word. */
  postings: PostingList[];
  /** Other spellings (diacritics) Pagefind folded into the word. */
  variants: Array<{ form: string; postings: PostingList[] }>;
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

/**
 * A posting list, rewritten posting by posting: for a bundle whose meta fields are numbered
 * otherwise in the merged bundle, or whose postings are not the three items Pagefind 1.6 writes.
 */
function rewrittenPostings(reader: Reader, renumbering: Renumbering, renumberFields: boolean): PostingList {
  const count = reader.arrayLength();
  const writer = new Writer();
  let page = 0;
  let first = 0;
  let size = 0;
  for (let index = 0; index < count; index += 1) {
    const fields = reader.arrayLength();
    const delta = reader.integer();
    page += delta;
    const locs = reader.raw();
    let metaLocs = fields >= 3 ? reader.raw() : emptyArray;
    for (let extra = 3; extra < fields; extra += 1) reader.skip();
    if (renumberFields && metaLocs.length > 1) metaLocs = renumberMetaLocs(metaLocs, renumbering.metaFields);
    if (index === 0) first = page;
    else writer.arrayHeader(3).integer(delta);
    writer.raw(locs).raw(metaLocs);
    size += locs.length + metaLocs.length + 4;
  }
  const { pageOffset } = renumbering;
  return { count, first: first + pageOffset, last: page + pageOffset, size, rest: writer.bytes() };
}

/** The list as encoded, its pages moved by `pageOffset`; none when a posting is not the three items Pagefind 1.6 writes. */
function copiedPostings(reader: Reader, pageOffset: number): PostingList | undefined {
  const count = reader.arrayLength();
  let page = 0;
  let first = 0;
  let restStart = reader.offset;
  let size = 0;
  for (let index = 0; index < count; index += 1) {
    if (reader.arrayLength() !== 3) return undefined;
    page += reader.integer();
    const locations = reader.offset;
    if (index === 0) {
      first = page;
      restStart = locations;
    }
    reader.skip();
    reader.skip();
    size += reader.offset - locations + 4;
  }
  const rest = reader.buffer.subarray(restStart, reader.offset);
  return { count, first: first + pageOffset, last: page + pageOffset, size, rest };
}

/** The posting list `reader` is at, in merged numbers: none when it is empty. */
function readPostings(reader: Reader, renumbering: Renumbering, renumberFields: boolean): PostingList[] {
  const start = reader.offset;
  let list = renumberFields ? undefined : copiedPostings(reader, renumbering.pageOffset);
  if (list === undefined) {
    reader.offset = start;
    list = rewrittenPostings(reader, renumbering, renumberFields);
  }
  return list.count > 0 ? [list] : [];
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

/** Lists of one word, in page order, written as one. */
function writePostings(writer: Writer, lists: readonly PostingList[]): void {
  writer.arrayHeader(lists.reduce((sum, list) => sum + list.count, 0));
  let previous = 0;
  for (const { first, last, rest } of lists) {
    writer
      .arrayHeader(3)
      .integer(first - previous)
      .raw(rest);
    previous = last;
  }
}

/** One word's (or spelling's) postings as encoded so far. */
interface GrowingList {
  count: number;
  lastPage: number;
  writer: Writer;
}

const newList = (): GrowingList => ({ count: 0, lastPage: 0, writer: new Writer(32) });

/**
 * A word-index chunk built posting by posting, each page's after the previous page's, encoded as
 * it comes: an index of a shard holds a million postings, and an object each was most of its time.
 */
export class WordChunkBuilder {
  private readonly words = new Map<string, { list: GrowingList; variants: Map<string, GrowingList> }>();

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
    const entries = words.map((word): ChunkEntry<GrowingList> => {
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
  const entries = words.map(({ word, postings, variants }): ChunkEntry<PostingList[]> => [
    word,
    postings,
    variants.map(({ form, postings: variantPostings }) => [form, variantPostings] as const),
  ]);
  return writeChunk(new Writer(), entries, writePostings);
}

/** Encoded size of a word's entry, near enough to cut chunks by. */
export function wordSize({ word, postings, variants }: IndexedWord): number {
  const sizeOf = (lists: PostingList[]) => lists.reduce((sum, { size }) => sum + size, 0);
  return word.length * 3 + sizeOf(postings) + variants.reduce((sum, variant) => sum + sizeOf(variant.postings), 0);
}
