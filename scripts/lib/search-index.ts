// Builds the Pagefind index of a built site. Chinese text is turned into character pairs first
// (src/utils/search/pairs.ts) and indexed as a whitespace language; pages are dealt into shards
// of at most `shardSize`, each indexed by its own Pagefind process one after another, so peak
// memory is bounded by the shard, not the archive. The search page merges the bundles listed
// in /pagefind/bundles.json (mergeIndex).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bigramHtml } from '../../src/utils/search/pairs.ts';

/** The whitespace language the pairs are indexed as; its stemmer only touches Latin words. */
export const indexLanguage = 'en';
export const bundlesFile = 'bundles.json';

/** Pages per Pagefind process: ~1.3 GB peak each on case pages of ~9 KB. */
export const defaultShardSize = 1500;

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

/** URL path of shard `k`'s bundle; shard 0 is the primary bundle at /pagefind/. */
export function bundlePath(shard: number): string {
  return shard === 0 ? '/pagefind/' : `/pagefind/shard-${shard}/`;
}

export interface IndexOptions {
  shardSize?: number;
  /** Scratch folder for the paired copies (removed afterwards). */
  scratch?: string;
  pagefindBin?: string;
}

/** Indexes every HTML page of `site` into `site/pagefind/`; returns the bundle paths written. */
export function buildSearchIndex(site: string, options: IndexOptions = {}): string[] {
  const { shardSize = defaultShardSize, scratch = `${site}.search-scratch`, pagefindBin = 'pagefind' } = options;
  // Like Pagefind: once any page marks its body with data-pagefind-body, pages without it are not
  // indexed — so they are not handed to Pagefind at all (the per-passage QR pages, for instance).
  const all = [...htmlFiles(site)].sort();
  const marked = all.filter((file) => readFileSync(path.join(site, file), 'utf8').includes('data-pagefind-body'));
  const files = marked.length > 0 ? marked : all;
  const shards = Math.max(1, Math.ceil(files.length / shardSize));
  const bundles: string[] = [];
  for (let shard = 0; shard < shards; shard += 1) {
    rmSync(scratch, { recursive: true, force: true });
    const members = files.filter((candidate) => shardOf(candidate, shards) === shard);
    // Pagefind refuses an empty site; a small archive may leave a shard empty.
    if (members.length === 0) continue;
    for (const file of members) {
      const target = path.join(scratch, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, bigramHtml(readFileSync(path.join(site, file), 'utf8')));
    }
    const output = path.join(site, bundlePath(shard));
    const result = spawnSync(pagefindBin, ['--site', scratch, '--output-path', output, '--force-language', indexLanguage], {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      rmSync(scratch, { recursive: true, force: true });
      throw new Error(`Pagefind 建立第 ${shard + 1}/${shards} 个索引分片失败（退出码 ${result.status}）：${result.error?.message ?? ''}`);
    }
    bundles.push(bundlePath(shard));
  }
  if (bundles.length === 0) throw new Error('没有可以建立搜索索引的页面。');
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(path.join(site, 'pagefind'), { recursive: true });
  writeFileSync(path.join(site, 'pagefind', bundlesFile), `${JSON.stringify(bundles)}\n`);
  return bundles;
}
