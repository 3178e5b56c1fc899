// Builds the Pagefind index of a built site. Each page is cut down to what Pagefind indexes
// and its Chinese text turned into character pairs (searchable-html.ts, src/utils/search/pairs.ts),
// indexed as a whitespace language. Pages are dealt into shards of at most `shardSize`, each
// indexed by its own Pagefind process, `parallel` at a time, so peak memory is bounded by the
// shards, not the archive; the shards' bundles are then merged into one (src/pagefind/merge-bundles.ts),
// so a search loads one chunk list and one chunk per pair however many shards there were.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pairText, indexLanguage } from '../../src/utils/search/pairs.ts';
import { countPagePairs, mostFrequent } from './frequent-pairs.ts';
import { runPagefind } from '../../src/pagefind/indexer.ts';
import { mergeBundles } from '../../src/pagefind/merge-bundles.ts';
import { scriptTable } from '../../src/content-model/simplified.ts';
import { manifestPath, type IndexManifest } from '../../src/utils/search/index-manifest.ts';
import { traditionalOnly } from '../../src/content-model/script-table.ts';
import { searchablePage } from './searchable-html.ts';

/**
 * Pages per Pagefind process and processes at a time: Pagefind holds a shard's pairs in memory,
 * ~1.35 GB per 1,000 case pages (scripts/bench, README "Search").
 */
export const defaultShardSize = 1250;
export const defaultParallel = Math.min(2, availableParallelism());
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

/** A stable shard for a page, spread by hash so every shard is a fair sample of the archive. */
export function shardOf(relativeFile: string, shards: number): number {
  let hash = 2166136261;
  for (let index = 0; index < relativeFile.length; index += 1) {
    hash = Math.imul(hash ^ relativeFile.charCodeAt(index), 16777619) >>> 0;
  }
  return hash % shards;
}

export interface IndexOptions {
  shardSize?: number;
  /** Pagefind processes at a time (each holds one shard in memory). */
  parallel?: number;
  /** Encoded bytes per chunk of the merged word index. */
  chunkBytes?: number;
  /** Scratch folder for the paired copies and the shards' bundles (removed afterwards). */
  scratch?: string;
  pagefindBin?: string;
}

/** A test for a Traditional-only character (script-table.ts traditionalOnly). */
const traditionalCharacter = new RegExp(`[${[...traditionalOnly(scriptTable)].join('')}]`, 'u');

interface SearchablePages {
  /** The cut-down page with its text as pairs, by file in sorted order. */
  pages: Map<string, string>;
  /** Document frequency of each pair over the indexed text (frequent-pairs.ts). */
  pairCounts: Map<string, number>;
  /** Whether any page's text or meta holds a Traditional-only character. */
  traditional: boolean;
}

/**
 * Every page Pagefind is to index, read once, parsed and cut down to what it indexes, its text
 * turned into pairs (searchable-html.ts). Like Pagefind: once any page marks its body with
 * data-pagefind-body, pages without it are not indexed — so they are not handed to Pagefind at
 * all (the per-passage QR pages, for instance). Only the cut-down pages are kept: ~10 kB each, not ~70.
 */
function searchablePages(site: string): SearchablePages {
  let found: SearchablePages = { pages: new Map(), pairCounts: new Map(), traditional: false };
  let anyMarked = false;
  for (const file of [...htmlFiles(site)].sort()) {
    const html = readFileSync(path.join(site, file), 'utf8');
    const marked = html.includes('data-pagefind-body');
    if (marked && !anyMarked) found = { pages: new Map(), pairCounts: new Map(), traditional: false };
    anyMarked ||= marked;
    if (!marked && anyMarked) continue;
    const page = searchablePage(html, pairText);
    found.pages.set(file, page.html);
    countPagePairs(found.pairCounts, page.text);
    found.traditional ||=
      traditionalCharacter.test(page.text) || page.meta.some((value) => traditionalCharacter.test(value));
  }
  return found;
}

/**
 * Indexes every HTML page of `site` into `site/pagefind/`, `parallel` shards at a time (the next
 * shard's pages are prepared while Pagefind indexes the previous ones), and merges the shards;
 * returns the manifest written beside the index (index-manifest.ts).
 */
export async function buildSearchIndex(
  site: string,
  options: IndexOptions = {},
): Promise<IndexManifest & { shards: number; mergeSeconds: number }> {
  const { shardSize = defaultShardSize, parallel = defaultParallel, chunkBytes = defaultChunkBytes } = options;
  const { scratch = `${site}.search-scratch`, pagefindBin = 'pagefind' } = options;
  const { pages, pairCounts, traditional } = searchablePages(site);
  const files = [...pages.keys()];
  // A multiple of `parallel`, so that no shard is left to index alone at the end.
  const shards = Math.min(Math.max(1, files.length), Math.ceil(files.length / shardSize / parallel) * parallel);
  const bundles: string[] = [];
  const pagefindDir = path.join(site, 'pagefind');
  const running = new Set<Promise<void>>();
  const failures: string[] = [];
  rmSync(scratch, { recursive: true, force: true });
  // A previous index of the same site would leave chunks no metadata lists.
  rmSync(pagefindDir, { recursive: true, force: true });
  for (let shard = 0; shard < shards; shard += 1) {
    const members = files.filter((candidate) => shardOf(candidate, shards) === shard);
    // Pagefind refuses an empty site; a small archive may leave a shard empty.
    if (members.length === 0) continue;
    const input = path.join(scratch, 'pages', String(shard));
    const bundle = path.join(scratch, 'bundles', String(shard));
    for (const file of members) {
      const target = path.join(input, file);
      mkdirSync(path.dirname(target), { recursive: true });
      const searchable = pages.get(file)!;
      pages.delete(file);
      writeFileSync(target, searchable);
    }
    while (running.size >= parallel) await Promise.race(running);
    const task = runPagefind(pagefindBin, input, bundle, indexLanguage).then((code) => {
      if (code !== 0) failures.push(`Pagefind 建立第 ${shard + 1}/${shards} 个索引分片失败（退出码 ${code}）`);
      rmSync(input, { recursive: true, force: true });
      running.delete(task);
    });
    running.add(task);
    bundles.push(bundle);
  }
  await Promise.all(running);
  const indexed = performance.now();
  try {
    if (failures.length > 0) throw new Error(failures.join('\n'));
    if (bundles.length === 0) throw new Error('没有可以建立搜索索引的页面。');
    const { folder, startFiles } = await mergeBundles(bundles, pagefindDir, { chunkBytes });
    const manifest: IndexManifest = {
      bundle: `/pagefind/${folder}/`,
      startFiles,
      traditional,
      frequentPairs: mostFrequent(pairCounts),
    };
    writeFileSync(path.join(site, manifestPath), `${JSON.stringify(manifest)}\n`);
    return { ...manifest, shards: bundles.length, mergeSeconds: (performance.now() - indexed) / 1000 };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
