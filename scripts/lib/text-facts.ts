// What the search manifest says of the indexed text (index-manifest.ts): whether any page holds a
// Traditional-only character, and the most frequent pairs. Counted per shard, so that the shard
// cache keeps a shard's facts with its bundle and an incremental build reads only changed pages.
import { scriptTable } from '../../src/content-model/simplified.ts';
import { traditionalOnly } from '../../src/content-model/script-table.ts';
import type { IndexManifest } from '../../src/utils/search/index-manifest.ts';
import { countPagePairs, mostFrequent } from './frequent-pairs.ts';
import type { ShardFacts } from './search-shards.ts';
import type { SearchablePage } from './searchable-html.ts';

/** A test for a Traditional-only character (script-table.ts traditionalOnly). */
const traditionalCharacter = new RegExp(`[${[...traditionalOnly(scriptTable)].join('')}]`, 'u');

export function shardFacts(pages: Array<Pick<SearchablePage, 'text' | 'meta'>>): ShardFacts {
  const counts = new Map<string, number>();
  let traditional = false;
  for (const { text, meta } of pages) {
    countPagePairs(counts, text);
    traditional ||= traditionalCharacter.test(text) || meta.some((value) => traditionalCharacter.test(value));
  }
  return { pairCounts: [...counts], traditional };
}

export function archiveFacts(shards: ShardFacts[]): Pick<IndexManifest, 'traditional' | 'frequentPairs'> {
  const counts = new Map<string, number>();
  for (const { pairCounts } of shards)
    for (const [pair, pages] of pairCounts) counts.set(pair, (counts.get(pair) ?? 0) + pages);
  return { traditional: shards.some((shard) => shard.traditional), frequentPairs: mostFrequent(counts) };
}
