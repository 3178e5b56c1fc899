// Merges Pagefind bundles, each a shard of the archive indexed on its own to bound memory (scripts/lib/search-index.ts),
// into one bundle in Pagefind's own format, read by Pagefind's own search runtime. A search then
// loads one metadata file and one chunk per word searched, instead of one of each per bundle, and
// scores every page against the whole archive rather than against its shard.
//
// The merged bundle's files are named by number (fragment/0, index/1a …), not by content hash as
// Pagefind names them: every first search loads the list of every page and chunk, and short names
// make that list a third smaller. So that a cached file is never taken for a changed one, the
// bundle lives in a folder named by a hash of all its content (/pagefind/<tag>/).
import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Reader, Writer, type CborValue } from './cbor.ts';
import {
  bundleLanguage,
  decodePagefindFile,
  encodeMeta,
  encodePagefindFile,
  linkOrCopy,
  readEntry,
  readMeta,
  runtimeFiles,
  type Meta,
  type MetaChunk,
} from './bundle-files.ts';
import { promptRuntime } from './runtime-script.ts';
import { chunkBoundaries, compareWords, mergeWordStreams } from './merge-words.ts';
import { decodeWordChunk, encodeWordChunk, wordSize, type IndexedWord, type Renumbering } from './word-index.ts';

export interface MergeOptions {
  /** Encoded bytes per word-index chunk, before compression: the unit a search loads per word. */
  chunkBytes: number;
}

interface SourceBundle {
  dir: string;
  meta: Meta;
  renumbering: Renumbering;
}

/** The name of the `index`th file of a kind: its number in base 36. */
const numbered = (index: number): string => index.toString(36);

function* bundleWords(source: SourceBundle): Generator<IndexedWord> {
  for (const { hash } of source.meta.chunks) {
    const file = path.join(source.dir, 'index', `${hash}.pf_index`);
    yield* decodeWordChunk(decodePagefindFile(readFileSync(file), file), source.renumbering);
  }
}

/**
 * Writes pf_* files, compressed on the thread pool a few at a time while the merge goes on, and
 * adds each body, in the order given, to the digest that names the bundle. Each is written as soon
 * as it is compressed, in one call: the promise API's separate open, write and close made the
 * merge of 10,000 pages 9 % slower.
 */
class BundleWriter {
  readonly digest: Hash = createHash('sha256');
  private readonly pending = new Set<Promise<void>>();

  async write(file: string, body: Uint8Array): Promise<void> {
    this.digest.update(body);
    while (this.pending.size >= 4) await Promise.race(this.pending);
    const task: Promise<void> = encodePagefindFile(body)
      .then((compressed) => writeFileSync(file, compressed))
      .finally(() => this.pending.delete(task));
    this.pending.add(task);
  }

  async finish(): Promise<void> {
    await Promise.all(this.pending);
  }
}

async function writeWordChunks(
  sources: SourceBundle[],
  out: string,
  chunkBytes: number,
  writer: BundleWriter,
): Promise<MetaChunk[]> {
  const chunks: Array<{ first: string; last: string; hash: string }> = [];
  let pending: IndexedWord[] = [];
  let pendingBytes = 0;
  mkdirSync(path.join(out, 'index'));
  const flush = async () => {
    const hash = numbered(chunks.length);
    chunks.push({ first: pending[0]!.word, last: pending.at(-1)!.word, hash });
    const body = encodeWordChunk(pending);
    pending = [];
    pendingBytes = 0;
    await writer.write(path.join(out, 'index', `${hash}.pf_index`), body);
  };
  for (const word of mergeWordStreams(sources.map(bundleWords))) {
    // A word that would overflow the chunk starts the next one: a search for a rare word then
    // does not load a frequent neighbour's postings with it.
    const size = wordSize(word);
    if (pending.length > 0 && pendingBytes + size > chunkBytes) await flush();
    pending.push(word);
    pendingBytes += size;
  }
  if (pending.length > 0) await flush();
  const bounds = chunkBoundaries(chunks.map(({ first, last }) => ({ first, last })));
  return chunks.map(({ hash }, index) => ({ ...bounds[index]!, hash }));
}

/** Filter files: each value's pages, renumbered, joined across bundles. */
async function writeFilters(sources: SourceBundle[], out: string, writer: BundleWriter): Promise<Meta['filters']> {
  const merged = new Map<string, Map<string, number[]>>();
  for (const { dir, meta, renumbering } of sources) {
    for (const { filter, hash } of meta.filters) {
      const file = path.join(dir, 'filter', `${hash}.pf_filter`);
      const [, values] = new Reader(decodePagefindFile(readFileSync(file), file)).value() as [
        string,
        Array<[string, number[]]>,
      ];
      const byValue = merged.get(filter) ?? new Map<string, number[]>();
      merged.set(filter, byValue);
      for (const [value, pages] of values) {
        const joined = byValue.get(value) ?? [];
        byValue.set(value, joined);
        joined.push(...pages.map((page) => page + renumbering.pageOffset));
      }
    }
  }
  mkdirSync(path.join(out, 'filter'));
  const filters: Meta['filters'] = [];
  for (const filter of [...merged.keys()].sort(compareWords)) {
    const values = [...merged.get(filter)!].sort(([a], [b]) => compareWords(a, b));
    const hash = numbered(filters.length);
    filters.push({ filter, hash });
    await writer.write(path.join(out, 'filter', `${hash}.pf_filter`), new Writer().value([filter, values]).bytes());
  }
  return filters;
}

/** Fragments go into the merged bundle, numbered in page order; Pagefind's names hash their content. */
function placeFragments(sources: SourceBundle[], out: string, digest: Hash): CborValue[][] {
  const pages: CborValue[][] = [];
  mkdirSync(path.join(out, 'fragment'), { recursive: true });
  for (const { dir, meta } of sources) {
    for (const page of meta.pages) {
      const contentHash = String(page[0]);
      const name = numbered(pages.length);
      digest.update(contentHash);
      linkOrCopy(
        path.join(dir, 'fragment', `${contentHash}.pf_fragment`),
        path.join(out, 'fragment', `${name}.pf_fragment`),
      );
      pages.push([name, ...page.slice(1)]);
    }
  }
  return pages;
}

/** The bundles' runtime files (pagefind.js, its worker, wasm, UI), the same in every bundle; they count towards the folder's hash. */
function copyRuntime(from: string, out: string, digest: Hash): void {
  for (const name of runtimeFiles(from)) {
    const file = path.join(from, name);
    const content =
      name === 'pagefind.js' ? Buffer.from(promptRuntime(readFileSync(file, 'utf8'))) : readFileSync(file);
    writeFileSync(path.join(out, name), content);
    digest.update(name).update(content);
  }
}

export interface MergedBundle {
  /** The bundle's folder in `root`: a hash of its content. */
  folder: string;
  /** What Pagefind's runtime loads after its entry file, before any search: metadata and wasm. */
  startFiles: string[];
}

/**
 * Merges `bundles` (Pagefind output folders, all of one language and version) into a new folder
 * of `root`; the bundles are left as they were (their fragments are linked, not moved), so that
 * a shard cache can merge them again.
 */
export async function mergeBundles(
  bundles: string[],
  root: string,
  { chunkBytes }: MergeOptions,
): Promise<MergedBundle> {
  if (bundles.length === 0) throw new Error('no Pagefind bundles to merge');
  const entry = readEntry(bundles[0]!);
  const { language } = bundleLanguage(bundles[0]!, entry);
  const metas = bundles.map((dir) => {
    const found = bundleLanguage(dir);
    if (found.language !== language) throw new Error(`${dir}: index language ${found.language}, expected ${language}`);
    const meta = readMeta(dir, found.hash);
    if (meta.version !== entry.version) throw new Error(`${dir}: Pagefind ${meta.version}, expected ${entry.version}`);
    if (meta.sorts.length > 0)
      throw new Error(`${dir}: bundles with sort orders (data-pagefind-sort) cannot be merged`);
    return meta;
  });
  const metaFields = [...new Set(metas.flatMap((meta) => meta.metaFields))].sort(compareWords);
  let pageOffset = 0;
  const sources = bundles.map((dir, index): SourceBundle => {
    const meta = metas[index]!;
    const renumbering = { pageOffset, metaFields: meta.metaFields.map((field) => metaFields.indexOf(field)) };
    pageOffset += meta.pages.length;
    return { dir, meta, renumbering };
  });
  const out = path.join(root, 'merging');
  mkdirSync(out, { recursive: true });
  const writer = new BundleWriter();
  copyRuntime(bundles[0]!, out, writer.digest);
  const meta: Meta = {
    version: entry.version,
    pages: placeFragments(sources, out, writer.digest),
    chunks: await writeWordChunks(sources, out, chunkBytes, writer),
    filters: await writeFilters(sources, out, writer),
    sorts: [],
    metaFields,
  };
  await writer.finish();
  const body = encodeMeta(meta);
  const tag = writer.digest.update(body).digest('hex').slice(0, 10);
  const hash = `${language}_${tag}`;
  writeFileSync(path.join(out, `pagefind.${hash}.pf_meta`), await encodePagefindFile(body));
  const wasm = entry.languages[language]!.wasm;
  writeFileSync(
    path.join(out, 'pagefind-entry.json'),
    JSON.stringify({ ...entry, languages: { [language]: { hash, wasm, page_count: meta.pages.length } } }),
  );
  renameSync(out, path.join(root, tag));
  return { folder: tag, startFiles: [`pagefind.${hash}.pf_meta`, `wasm.${wasm}.pagefind`] };
}
