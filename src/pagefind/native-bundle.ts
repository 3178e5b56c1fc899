// Writes a Pagefind bundle from pages read by fossick.ts, in the format Pagefind 1.6 writes (its
// `index` module): the same fragments, word postings, meta locations and filters, so that the
// merge (merge-bundles.ts) and Pagefind's own search runtime take it as Pagefind's. The runtime
// files (pagefind.js, its worker and wasm) are Pagefind's own, taken once from its CLI
// (indexer.ts pagefindRuntime). The guard: native-index.test.ts.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writer } from './cbor.ts';
import { encodeMeta, encodePagefindFile, type Entry, type Meta } from './bundle-files.ts';
import { compareWords } from './merge-words.ts';
import { WordChunkBuilder } from './word-index.ts';
import type { FossickedPage, Occurrences } from './fossick.ts';
import { linkRuntime, type PagefindRuntime } from './indexer.ts';

/**
 * Packed occurrences (fossick.ts Occurrences) into `writer` in runs of one group each (a weight,
 * a meta field), as Pagefind packs them: each new group g marked by −g−1, each position the
 * difference from the one before it in its group. `first` is the group that needs no marker.
 */
function packRuns(
  writer: Writer,
  occurrences: readonly number[],
  groupNumber: (group: number) => number,
  first?: number,
): void {
  let count = occurrences.length;
  let current = first;
  for (const packed of occurrences) {
    const group = groupNumber(packed % 256);
    if (group !== current) count += 1;
    current = group;
  }
  writer.arrayHeader(count);
  current = first;
  let previous = 0;
  for (const packed of occurrences) {
    const group = groupNumber(packed % 256);
    const position = (packed - (packed % 256)) / 256;
    if (group !== current) {
      writer.integer(-group - 1);
      current = group;
      previous = 0;
    }
    writer.integer(position - previous);
    previous = position;
  }
}

const sameGroup = (group: number) => group;
/** Pagefind writes weight 25 (its default, never made) with 0, first, the others in ascending order. */
const weightOrder = (packed: number) => (packed % 256 === 25 ? 0 : packed % 256);

/** A word's occurrences on a page, by weight: 25 first, the rest ascending, each in position order. */
function packPositions(writer: Writer, occurrences: readonly number[] | undefined): void {
  if (occurrences === undefined || occurrences.length === 0) {
    writer.arrayHeader(0);
    return;
  }
  const weight = occurrences[0]! % 256;
  // Positions grow in the order found, so sorting by weight, then number, keeps each weight's order.
  const ordered = occurrences.every((packed) => packed % 256 === weight)
    ? occurrences
    : [...occurrences].sort((a, b) => weightOrder(a) - weightOrder(b) || a - b);
  packRuns(writer, ordered, sameGroup, 25);
}

/** The postings of the words of `pages`, page numbers in the order given. */
function indexWords(pages: FossickedPage[], metaFields: string[]): WordChunkBuilder {
  const builder = new WordChunkBuilder();
  pages.forEach((page, number) => {
    const fieldNumbers = Object.keys(page.fragment.meta).map((field) => metaFields.indexOf(field));
    const fieldNumber = (field: number) => fieldNumbers[field]!;
    const packMeta = (writer: Writer, occurrences: readonly number[] | undefined) => {
      if (occurrences === undefined || occurrences.length === 0) writer.arrayHeader(0);
      else packRuns(writer, occurrences, fieldNumber);
    };
    const add = (word: string, text?: Occurrences, meta?: Occurrences) => {
      if ((text?.plain.length ?? 0) > 0 || (meta?.plain.length ?? 0) > 0) {
        const writer = builder.add(word, undefined, number);
        packPositions(writer, text?.plain);
        packMeta(writer, meta?.plain);
      }
      if (text?.variants === undefined && meta?.variants === undefined) return;
      for (const form of new Set([...(text?.variants?.keys() ?? []), ...(meta?.variants?.keys() ?? [])])) {
        const writer = builder.add(word, form, number);
        packPositions(writer, text?.variants?.get(form));
        packMeta(writer, meta?.variants?.get(form));
      }
    };
    for (const [word, occurrences] of page.words) add(word, occurrences, page.metaWords.get(word));
    for (const [word, occurrences] of page.metaWords) if (!page.words.has(word)) add(word, undefined, occurrences);
  });
  return builder;
}

/**
 * Encoded bytes per word-index chunk: the merge holds one chunk of every shard decoded at a time.
 * Pagefind cuts its chunks otherwise; a search never loads a shard's.
 */
const chunkBytes = 256_000;

/** Pagefind's hex of a SHA-1: each byte without its leading zero. */
const sha1 = (body: string | Uint8Array) =>
  [...createHash('sha1').update(body).digest()].map((byte) => byte.toString(16)).join('');

/**
 * Writes the bundle of `pages` to `out` (a new folder). As Pagefind does, once a page marks its
 * body with data-pagefind-body, pages without one are left out. Files other than fragments are
 * named by number: the merge renames them anyway.
 */
export async function writeNativeBundle(pages: FossickedPage[], out: string, runtime: PagefindRuntime): Promise<void> {
  const kept = pages.some((page) => page.hasCustomBody) ? pages.filter((page) => page.hasCustomBody) : pages;
  const language = runtime.language;
  for (const folder of ['fragment', 'index', 'filter']) mkdirSync(path.join(out, folder), { recursive: true });
  const writes: Array<Promise<void>> = [];
  const write = (file: string, body: Uint8Array) =>
    writes.push(encodePagefindFile(body).then((compressed) => writeFileSync(path.join(out, file), compressed)));

  const hashes = new Map<string, string>();
  const metaPages = kept.map((page) => {
    const json = JSON.stringify(page.fragment);
    const full = `${language}_${sha1(json)}`;
    let short = full.slice(0, language.length + 8);
    // As Pagefind: a name taken by another fragment grows by a character until it is free.
    while (hashes.has(short) && hashes.get(short) !== full) short = full.slice(0, short.length + 1);
    if (!hashes.has(short)) write(`fragment/${short}.pf_fragment`, new TextEncoder().encode(json));
    hashes.set(short, full);
    return [short, page.fragment.word_count, ''];
  });

  const metaFields = [...new Set(kept.flatMap((page) => Object.keys(page.fragment.meta)))].sort(compareWords);
  const chunks = indexWords(kept, metaFields)
    .encode(chunkBytes)
    .map(({ body, first, last }, index) => {
      const hash = index.toString(36);
      write(`index/${hash}.pf_index`, body);
      return { from: first, to: last, hash };
    });

  const filterValues = new Map<string, Map<string, number[]>>();
  kept.forEach((page, number) => {
    for (const [filter, values] of Object.entries(page.fragment.filters)) {
      const byValue = filterValues.get(filter) ?? new Map<string, number[]>();
      filterValues.set(filter, byValue);
      for (const value of values) {
        const pages = byValue.get(value) ?? [];
        pages.push(number);
        byValue.set(value, pages);
      }
    }
  });
  const filters = [...filterValues.keys()].sort(compareWords).map((filter, index) => {
    const hash = index.toString(36);
    write(`filter/${hash}.pf_filter`, new Writer().value([filter, [...filterValues.get(filter)!]]).bytes());
    return { filter, hash };
  });

  const meta: Meta = { version: runtime.entry.version, pages: metaPages, chunks, filters, sorts: [], metaFields };
  const body = encodeMeta(meta);
  const hash = `${language}_${sha1(body).slice(0, 7)}`;
  write(`pagefind.${hash}.pf_meta`, body);
  await Promise.all(writes);
  const wasm = runtime.entry.languages[language]!.wasm;
  const entry: Entry = { ...runtime.entry, languages: { [language]: { hash, wasm, page_count: kept.length } } };
  writeFileSync(path.join(out, 'pagefind-entry.json'), JSON.stringify(entry));
  linkRuntime(runtime, out);
}
