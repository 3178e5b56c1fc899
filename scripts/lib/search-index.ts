// Builds the Pagefind index of the archive's searchable pages: each page cut down to what
// Pagefind indexes, its Chinese text turned into character pairs (src/utils/search/pairs.ts),
// indexed as a whitespace language. Pages are dealt into shards of at most `shardSize` by a hash
// of their file (search-shards.ts), each indexed in this process by Pagefind's indexer rewritten
// (src/pagefind/native-bundle.ts: no page written to disk for a Pagefind process to read again),
// one at a time, so peak memory is bounded by a shard, not the archive; the shards' bundles are
// then merged into one (src/pagefind/merge-bundles.ts), so a search loads one chunk list and one
// chunk per pair however many shards there were.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { indexLanguage, pairText } from '../../src/utils/search/pairs.ts';
import { fossickDocument, type FossickedPage } from '../../src/pagefind/fossick.ts';
import { pagefindRuntime, pagefindVersion, type PagefindRuntime } from '../../src/pagefind/indexer.ts';
import { mergeBundles } from '../../src/pagefind/merge-bundles.ts';
import { writeNativeBundle } from '../../src/pagefind/native-bundle.ts';
import { manifestPath, type IndexManifest } from '../../src/utils/search/index-manifest.ts';
import { searchablePage, type SearchablePage } from './searchable-html.ts';
import { digestOf, recordShards, shardBundle, shardOf, staleShards, type ShardFacts } from './search-shards.ts';
import { archiveFacts, shardFacts } from './text-facts.ts';

/**
 * Pages per shard: a shard's pages and postings are held in memory while it is indexed. With
 * Pagefind's own processes (~1.35 GB per 1,000 case pages) at 10,000 cases 625 pages a shard
 * against 1,250 gave a peak of the whole build of 3.87 against 4.32 GB, the index 165 against
 * 191 s (2026-12-01, back to back).
 */
export const defaultShardSize = 625;
/**
 * Encoded bytes per chunk of the merged word index. A search loads the chunk of each pair it
 * searches; every chunk costs an entry in the chunk list every first search loads. At 10,000
 * pages 15, 30 and 60 kB gave the same worst first search (292/291/292 kB); 30 kB was fastest.
 */
export const defaultChunkBytes = 30_000;

export function* htmlFiles(root: string, folder = ''): Generator<string> {
  for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (relative !== 'pagefind') yield* htmlFiles(root, relative);
    } else if (entry.name.endsWith('.html') && relative !== '404.html') {
      yield relative;
    }
  }
}

export interface IndexOptions {
  shardSize?: number;
  /** Encoded bytes per chunk of the merged word index. */
  chunkBytes?: number;
  /**
   * Where each shard's bundle is kept for the next build, which then indexes again only the shards
   * whose pages changed (search-shards.ts). Without it the bundles go to a scratch folder, removed afterwards.
   */
  cacheDir?: string;
  /** The Pagefind CLI, which supplies the search runtime's files (indexer.ts pagefindRuntime). */
  pagefindBin?: string;
}

/** A page to index: its file in the site (its URL) and its cut-down page (searchable-html.ts). */
export interface SearchFile extends SearchablePage {
  file: string;
}

/**
 * A page to index as the index first sees it: known by a key and a digest of what it is made
 * from, made only when its shard has to be indexed.
 */
export interface SearchSource {
  /** Deals the page to its shard: the same for the page in every build (its source file). */
  key: string;
  /** Changes whenever the page would. */
  digest: string;
  page: () => SearchFile | Promise<SearchFile>;
}

export interface IndexResult extends IndexManifest {
  /** Shards holding pages, and those of them indexed by this run (the others came from the cache). */
  shards: number;
  indexedShards: number[];
  mergeSeconds: number;
}

/**
 * Every page of a built site Pagefind would index, cut down (searchable-html.ts). Like Pagefind:
 * once any page marks its body with data-pagefind-body, pages without it are not indexed.
 */
export function sitePages(site: string): SearchFile[] {
  let found: SearchFile[] = [];
  let anyMarked = false;
  for (const file of [...htmlFiles(site)].sort()) {
    const html = readFileSync(path.join(site, file), 'utf8');
    const marked = html.includes('data-pagefind-body');
    if (marked && !anyMarked) found = [];
    anyMarked ||= marked;
    if (!marked && anyMarked) continue;
    found.push({ file, ...searchablePage(html, pairText) });
  }
  return found;
}

/** Pages already made, as sources: each known by its file and the digest of its searchable page. */
export const madeSources = (pages: SearchFile[]): SearchSource[] =>
  pages.map((page) => ({ key: page.file, digest: digestOf(page.html), page: () => page }));

/** Indexes every HTML page of a built `site` into `site/pagefind/` (indexSearchPages). */
export function buildSearchIndex(site: string, options: IndexOptions = {}): Promise<IndexResult> {
  return indexSearchPages(madeSources(sitePages(site)), site, options);
}

/**
 * Makes a shard's pages one by one, each read by the indexer as soon as made (its tree is then
 * dropped), writes their bundle to `bundle`; the facts of their text.
 */
async function indexShard(sources: SearchSource[], bundle: string, runtime: PagefindRuntime): Promise<ShardFacts> {
  const texts: Array<Pick<SearchFile, 'text' | 'meta'>> = [];
  const pages: FossickedPage[] = [];
  for (const source of sources) {
    const { file, document, text, meta } = await source.page();
    pages.push(fossickDocument(document, file));
    texts.push({ text, meta });
  }
  await writeNativeBundle(pages, bundle, runtime);
  return shardFacts(texts);
}

/**
 * Indexes `sources` into `site/pagefind/`, shard by shard, and merges the shards; writes the manifest
 * beside the index (index-manifest.ts). With `cacheDir`, only the shards whose sources differ
 * from the cached run's are made and indexed; the merged index is the same, byte for byte, as a
 * run without the cache.
 *
 * @example
 * // An incremental build (scripts/index-search.ts): every source of the archive, cheap to list;
 * // only the shards where a page changed, was added or was removed are made and indexed. A new
 * // shard count (the archive grew past a multiple of shardSize) re-indexes all.
 * const result = await indexSearchPages(contentSources(contentDir), site, { cacheDir });
 * console.log(`${result.indexedShards.length} of ${result.shards} shards indexed`);
 */
export async function indexSearchPages(
  sources: SearchSource[],
  site: string,
  options: IndexOptions = {},
): Promise<IndexResult> {
  const { shardSize = defaultShardSize, chunkBytes = defaultChunkBytes, pagefindBin = 'pagefind' } = options;
  const cacheDir = options.cacheDir ?? `${site}.search-scratch`;
  if (sources.length === 0) throw new Error('没有可以建立搜索索引的页面。');
  const sorted = [...sources].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const shardCount = Math.ceil(sorted.length / shardSize);
  const byShard = Array.from({ length: shardCount }, (): SearchSource[] => []);
  for (const source of sorted) byShard[shardOf(source.key, shardCount)]!.push(source);
  const members = byShard.map((shardSources) => shardSources.map(({ key, digest }): [string, string] => [key, digest]));
  const version = pagefindVersion(pagefindBin);
  const key = `native indexer of ${version}, ${indexLanguage}, ${shardCount} shards`;
  const { stale, kept } = staleShards(cacheDir, key, members);
  // A small archive may leave a shard empty.
  const toIndex = stale.filter((shard) => byShard[shard]!.length > 0);
  const facts = new Map<number, ShardFacts>([...kept].map(([shard, keptShard]) => [shard, keptShard.facts]));
  try {
    const runtime = await pagefindRuntime(pagefindBin, version, path.join(cacheDir, 'runtime'), indexLanguage);
    for (const shard of toIndex) {
      const bundle = shardBundle(cacheDir, shard);
      rmSync(bundle, { recursive: true, force: true });
      facts.set(shard, await indexShard(byShard[shard]!, bundle, runtime));
    }
    const indexed = performance.now();
    const shards = byShard.map((_, shard) => ({
      members: members[shard]!,
      facts: facts.get(shard) ?? { pairCounts: [], traditional: false },
    }));
    recordShards(cacheDir, key, shards, kept);
    const bundles = byShard.flatMap((shardSources, shard) =>
      shardSources.length > 0 ? [shardBundle(cacheDir, shard)] : [],
    );
    const pagefindDir = path.join(site, 'pagefind');
    // A previous index of the same site would leave chunks no metadata lists.
    rmSync(pagefindDir, { recursive: true, force: true });
    const { folder, startFiles } = await mergeBundles(bundles, pagefindDir, { chunkBytes });
    const manifest: IndexManifest = {
      bundle: `/pagefind/${folder}/`,
      startFiles,
      ...archiveFacts(shards.map((shard) => shard.facts)),
    };
    writeFileSync(path.join(site, manifestPath), `${JSON.stringify(manifest)}\n`);
    const mergeSeconds = (performance.now() - indexed) / 1000;
    return { ...manifest, shards: bundles.length, indexedShards: toIndex, mergeSeconds };
  } catch (error) {
    // Whatever failed, the next run must not trust this cache.
    rmSync(cacheDir, { recursive: true, force: true });
    throw error;
  } finally {
    if (!options.cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  }
}
