// node scripts/index-search.ts <site> — the search index of a built site, in shards
// merged into one bundle (scripts/lib/search-index.ts). Run by the build after astro build.
import path from 'node:path';
import { buildSearchIndex } from './lib/search-index.ts';

const site = process.argv[2];
if (!site) {
  console.error('用法：node scripts/index-search.ts <构建目录>');
  process.exit(2);
}
const started = performance.now();
const { shards, mergeSeconds } = await buildSearchIndex(path.resolve(site));
console.log(
  `搜索索引：${shards} 个分片，已合并为一个索引；用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒（合并 ${mergeSeconds.toFixed(1)} 秒）。`,
);
