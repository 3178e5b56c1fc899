// Which shards of the search index must be indexed again. Pages are dealt to shards by a hash of
// their key (shardOf), so a changed, added or removed page touches only its own shard; a kept
// shard's Pagefind bundle is reused from the shard cache, checked against the digest of its files
// recorded when it was written, so a damaged cache re-indexes rather than publishing a wrong index.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A stable shard for a page, spread by hash so every shard is a fair sample of the archive. */
export function shardOf(relativeFile: string, shards: number): number {
  let hash = 2166136261;
  for (let index = 0; index < relativeFile.length; index += 1) {
    hash = Math.imul(hash ^ relativeFile.charCodeAt(index), 16777619) >>> 0;
  }
  return hash % shards;
}

/** Each member's key and the digest of what its page is made from, in key order. */
export type ShardMembers = Array<[key: string, digest: string]>;

/** What the manifest needs of a shard's text (search-index.ts textFacts), kept with its bundle. */
export interface ShardFacts {
  /** Document frequency of each pair over the shard's pages. */
  pairCounts: Array<[pair: string, pages: number]>;
  /** Whether any of its pages holds a Traditional-only character. */
  traditional: boolean;
}

export interface Shard {
  members: ShardMembers;
  facts: ShardFacts;
}

/** What a kept shard brings from the cache: its text's facts and the digest its bundle was checked against. */
export interface KeptShard {
  facts: ShardFacts;
  bundle: string;
}

interface ShardRecord extends Shard {
  /** Digest of the bundle's files as written (bundleDigest). */
  bundle: string;
}

/** The shard cache's record: what each kept bundle was indexed from. */
interface CacheRecord {
  /** Pagefind version, index language, shard count: any change re-deals every page. */
  key: string;
  shards: Record<string, ShardRecord>;
}

const recordFile = (cacheDir: string) => path.join(cacheDir, 'shards.json');

/** Where shard `shard`'s bundle is kept. */
export const shardBundle = (cacheDir: string, shard: number) => path.join(cacheDir, 'bundles', String(shard));

/** A digest over every file of a bundle folder, names and bytes, in sorted order. */
export function bundleDigest(dir: string): string {
  const digest = createHash('sha256');
  const visit = (folder: string) => {
    for (const entry of readdirSync(path.join(dir, folder), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const relative = path.posix.join(folder, entry.name);
      if (entry.isDirectory()) visit(relative);
      else
        digest
          .update(relative)
          .update('\0')
          .update(readFileSync(path.join(dir, relative)))
          .update('\0');
    }
  };
  visit('');
  return digest.digest('hex');
}

export const digestOf = (text: string) => createHash('sha256').update(text).digest('hex');

function readRecord(cacheDir: string): CacheRecord | null {
  try {
    return JSON.parse(readFileSync(recordFile(cacheDir), 'utf8')) as CacheRecord;
  } catch {
    return null;
  }
}

const sameMembers = (a: ShardMembers, b: ShardMembers) =>
  a.length === b.length && a.every(([file, digest], index) => b[index]![0] === file && b[index]![1] === digest);

/**
 * The shards (of `members`, by shard number) whose cached bundle cannot be reused — never
 * indexed, indexed from other pages, under another `key`, or altered since it was written —
 * and what those that can bring with them.
 */
export function staleShards(
  cacheDir: string,
  key: string,
  members: ShardMembers[],
): { stale: number[]; kept: Map<number, KeptShard> } {
  const record = readRecord(cacheDir);
  const kept = new Map<number, KeptShard>();
  const stale = members.flatMap((shardMembers, shard) => {
    const cached = record?.key === key ? record.shards[shard] : undefined;
    const bundle = shardBundle(cacheDir, shard);
    const reusable =
      cached !== undefined &&
      sameMembers(cached.members, shardMembers) &&
      existsSync(bundle) &&
      bundleDigest(bundle) === cached.bundle;
    if (reusable) kept.set(shard, { facts: cached.facts, bundle: cached.bundle });
    return reusable ? [] : [shard];
  });
  return { stale, kept };
}

/**
 * Records every non-empty shard with its bundle's digest (of a kept bundle, the one staleShards
 * just checked: reading every bundle again took half a second at 10,000 pages); drops bundles of
 * shards no longer in use.
 */
export function recordShards(
  cacheDir: string,
  key: string,
  all: Shard[],
  kept: ReadonlyMap<number, Pick<KeptShard, 'bundle'>> = new Map(),
): void {
  const shards: Record<string, ShardRecord> = {};
  all.forEach((shard, index) => {
    if (shard.members.length > 0)
      shards[index] = { ...shard, bundle: kept.get(index)?.bundle ?? bundleDigest(shardBundle(cacheDir, index)) };
  });
  const bundles = path.join(cacheDir, 'bundles');
  for (const name of existsSync(bundles) ? readdirSync(bundles) : [])
    if (!(name in shards)) rmSync(path.join(bundles, name), { recursive: true, force: true });
  writeFileSync(recordFile(cacheDir), JSON.stringify({ key, shards } satisfies CacheRecord));
}
