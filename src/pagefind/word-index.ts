// Pagefind's word-index chunks (index/*.pf_index): for each word, in byte order, the pages holding
// it — page numbers delta-encoded within the word — with the word's locations in the page text and
// in its meta fields. Locations are kept as Pagefind encoded them; only page numbers and meta field
// numbers change when bundles are merged.
import { Reader, Writer } from './cbor.ts';

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

export function encodeWordChunk(words: IndexedWord[]): Uint8Array {
  const writer = new Writer().arrayHeader(1).arrayHeader(words.length);
  for (const { word, postings, variants } of words) {
    writer.arrayHeader(3).text(word);
    writePostings(writer, postings);
    writer.arrayHeader(variants.length);
    for (const { form, postings: variantPostings } of variants) {
      writer.arrayHeader(2).text(form);
      writePostings(writer, variantPostings);
    }
  }
  return writer.bytes();
}

/** Encoded size of a word's entry, near enough to cut chunks by. */
export function wordSize({ word, postings, variants }: IndexedWord): number {
  const sizeOf = (list: Posting[]) =>
    list.reduce((sum, { locs, metaLocs }) => sum + locs.length + metaLocs.length + 4, 0);
  return word.length * 3 + sizeOf(postings) + variants.reduce((sum, variant) => sum + sizeOf(variant.postings), 0);
}
