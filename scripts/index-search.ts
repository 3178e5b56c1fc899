// node scripts/index-search.ts <site> [--cache <dir>] — the search index of a built site, in shards
// merged into one bundle (scripts/lib/search-index.ts). With --cache, the shards' bundles are kept
// there and the next run indexes again only the shards whose pages changed.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from './lib/search-index.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { cache: { type: 'string' } } });
const site = positionals[0];
if (!site) {
  console.error('用法：node scripts/index-search.ts <构建目录> [--cache <分片缓存目录>]');
  process.exit(2);
}
const started = performance.now();
const { shards, indexedShards, mergeSeconds } = await buildSearchIndex(path.resolve(site), {
  ...(values.cache ? { cacheDir: path.resolve(values.cache) } : {}),
});
console.log(
  `搜索索引：${shards} 个分片（重建 ${indexedShards.length} 个），已合并为一个索引；用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒（合并 ${mergeSeconds.toFixed(1)} 秒）。`,
);
