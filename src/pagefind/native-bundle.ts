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
import { encodeWordChunk, type IndexedWord, type Posting } from './word-index.ts';
import type { FossickedPage, MetaWordPosition, WordPosition } from './fossick.ts';
import { linkRuntime, type PagefindRuntime } from './indexer.ts';

const emptyArray = Uint8Array.of(0x80);

/**
 * Positions in runs of one group each (a weight, a meta field), as Pagefind packs them: each new
 * group g marked by −g−1, each position the difference from the one before it in its group.
 * `first` is the group that needs no marker.
 */
function packRuns(runs: Array<{ group: number; position: number }>, first?: number): Uint8Array {
  const packed: number[] = [];
  let current = first;
  let previous = 0;
  for (const { group, position } of runs) {
    if (group !== current) {
      packed.push(-group - 1);
      current = group;
      previous = 0;
    }
    packed.push(position - previous);
    previous = position;
  }
  return encodeIntegers(packed);
}

/** A word's positions on a page, by weight: 25 first (Pagefind's default, never made), the rest in order. */
export function packPositions(positions: WordPosition[]): Uint8Array {
  const order = (weight: number) => (weight === 25 ? 0 : weight);
  const runs = positions
    .map(({ position, weight }, index) => ({ group: weight, position, index }))
    .sort((a, b) => order(a.group) - order(b.group) || a.index - b.index);
  return packRuns(runs, 25);
}

/** A word's meta locations on a page, field by field, numbered as the bundle's `fieldNumbers`. */
export function packMetaPositions(positions: MetaWordPosition[], fieldNumbers: number[]): Uint8Array {
  return packRuns(positions.map(({ field, position }) => ({ group: fieldNumbers[field]!, position })));
}

function encodeIntegers(values: number[]): Uint8Array {
  const writer = new Writer().arrayHeader(values.length);
  for (const value of values) writer.integer(value);
  return writer.bytes();
}

interface WordEntry {
  postings: Map<number, Posting>;
  variants: Map<string, Map<number, Posting>>;
}

/** Splits positions into those of the word as written and those of each diacritic variant. */
function byOriginal<T extends { original?: string }>(positions: T[]): { plain: T[]; variants: Map<string, T[]> } {
  const plain: T[] = [];
  const variants = new Map<string, T[]>();
  for (const entry of positions) {
    if (entry.original === undefined) plain.push(entry);
    else {
      const list = variants.get(entry.original) ?? [];
      list.push(entry);
      variants.set(entry.original, list);
    }
  }
  return { plain, variants };
}

function posting(postings: Map<number, Posting>, page: number): Posting {
  const found = postings.get(page) ?? { page, locs: emptyArray, metaLocs: emptyArray };
  postings.set(page, found);
  return found;
}

/** Every word of the pages with its postings, in the index's word order. */
export function indexWords(pages: FossickedPage[], metaFields: string[]): IndexedWord[] {
  const entries = new Map<string, WordEntry>();
  const entry = (word: string) => {
    const found = entries.get(word) ?? { postings: new Map(), variants: new Map() };
    entries.set(word, found);
    return found;
  };
  const variantPostings = (word: string, form: string) => {
    const { variants } = entry(word);
    const found = variants.get(form) ?? new Map<number, Posting>();
    variants.set(form, found);
    return found;
  };
  pages.forEach((page, number) => {
    const fieldNumbers = Object.keys(page.fragment.meta).map((field) => metaFields.indexOf(field));
    for (const [word, positions] of page.words) {
      const { plain, variants } = byOriginal(positions);
      if (plain.length > 0) posting(entry(word).postings, number).locs = packPositions(plain);
      for (const [form, list] of variants) posting(variantPostings(word, form), number).locs = packPositions(list);
    }
    for (const [word, positions] of page.metaWords) {
      const { plain, variants } = byOriginal(positions);
      if (plain.length > 0) posting(entry(word).postings, number).metaLocs = packMetaPositions(plain, fieldNumbers);
      for (const [form, list] of variants)
        posting(variantPostings(word, form), number).metaLocs = packMetaPositions(list, fieldNumbers);
    }
  });
  const inPageOrder = (postings: Map<number, Posting>) => [...postings.values()].sort((a, b) => a.page - b.page);
  return [...entries]
    .sort(([a], [b]) => compareWords(a, b))
    .map(([word, { postings, variants }]) => ({
      word,
      postings: inPageOrder(postings),
      variants: [...variants].map(([form, list]) => ({ form, postings: inPageOrder(list) })),
    }));
}

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
  const words = indexWords(kept, metaFields);
  const chunks: Meta['chunks'] = [];
  if (words.length > 0) {
    chunks.push({ from: words[0]!.word, to: words.at(-1)!.word, hash: '0' });
    write('index/0.pf_index', encodeWordChunk(words));
  }

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
