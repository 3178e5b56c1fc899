// node scripts/index-search.ts <site> — the search index of a built site, in shards
// (scripts/lib/search-index.ts). Run by the build after astro build.
import path from 'node:path';
import { buildSearchIndex } from './lib/search-index.ts';

const site = process.argv[2];
if (!site) {
  console.error('用法：node scripts/index-search.ts <构建目录>');
  process.exit(2);
}
const started = performance.now();
const { bundles } = await buildSearchIndex(path.resolve(site));
console.log(`搜索索引：${bundles.length} 个分片，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒。`);
