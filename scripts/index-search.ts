// node scripts/index-search.ts <out> [--cache <dir>] — the search index of the archive's content
// (ARCHIVE_CONTENT_DIR, else content/) into <out>/pagefind/: its searchable pages made from content
// (scripts/lib/content-sources.ts), so the build runs it while Astro renders; in shards merged
// into one bundle (scripts/lib/search-index.ts). With --cache, the shards' bundles are kept there
// and the next run indexes again only the shards whose pages changed.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentSources } from './lib/content-sources.ts';
import { indexSearchPages } from './lib/search-index.ts';
import { contentDir, projectRoot } from '../src/integrations/paths.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { cache: { type: 'string' } } });
const out = positionals[0];
if (!out) {
  console.error('用法：node scripts/index-search.ts <输出目录> [--cache <分片缓存目录>]');
  process.exit(2);
}
const started = performance.now();
const sources = contentSources(contentDir, projectRoot);
// Astro renders the pages on the other core meanwhile: one Pagefind process at a time keeps the
// build's peak memory to Astro's plus one shard's, for no loss of time on two cores.
const { shards, indexedShards, mergeSeconds } = await indexSearchPages(sources, path.resolve(out), {
  parallel: 1,
  ...(values.cache ? { cacheDir: path.resolve(values.cache) } : {}),
});
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
console.log(
  `搜索索引：${sources.length} 个页面，${shards} 个分片（本次建立 ${indexedShards.length} 个），已合并为一个索引；` +
    `用时 ${seconds(started)} 秒（合并 ${mergeSeconds.toFixed(1)} 秒）。`,
);
