import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordShards, shardBundle, shardOf, staleShards, type ShardMembers } from './search-shards.ts';

describe('shardOf', () => {
  it('deals a page by the FNV-1a hash of its path alone, so it lands in the same shard in every build', () => {
    // Published FNV-1a (32-bit) test vectors: with 2^32 shards the shard is the hash itself.
    expect(shardOf('a', 2 ** 32)).toBe(0xe40c292c);
    expect(shardOf('foobar', 2 ** 32)).toBe(0xbf9cf968);
    expect(shardOf('foobar', 4)).toBe(0xbf9cf968 % 4);
  });

  it('spreads pages over all shards', () => {
    const files = Array.from({ length: 400 }, (_, index) => `cases/case-${index}/index.html`);
    const sizes = [0, 1, 2, 3].map((shard) => files.filter((file) => shardOf(file, 4) === shard).length);
    for (const size of sizes) expect(size).toBeGreaterThan(70);
  });
});

describe('staleShards', () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'search-shards-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
  const members: ShardMembers[] = [
    [['a.html', 'd1']],
    [
      ['b.html', 'd2'],
      ['c.html', 'd3'],
    ],
    [],
  ];
  const writeBundle = (shard: number, text: string) => {
    mkdirSync(path.join(shardBundle(cacheDir, shard), 'fragment'), { recursive: true });
    writeFileSync(path.join(shardBundle(cacheDir, shard), 'fragment', 'x.pf_fragment'), text);
  };

  const stale = (key: string, shardMembers: ShardMembers[]) => staleShards(cacheDir, key, shardMembers).stale;
  const facts = (pair: string) => ({ pairCounts: [[pair, 1]] as Array<[string, number]>, traditional: false });

  it('keeps a shard only while its pages, the key and its bundle are what was recorded', () => {
    expect(stale('k', members)).toEqual([0, 1, 2]);
    writeBundle(0, 'zero');
    writeBundle(1, 'one');
    writeBundle(2, 'a shard emptied since');
    recordShards(
      cacheDir,
      'k',
      members.map((shardMembers, shard) => ({ members: shardMembers, facts: facts(`对${shard}`) })),
    );
    // A kept shard's facts come back with it.
    expect(staleShards(cacheDir, 'k', members).kept).toEqual(
      new Map([
        [0, { facts: facts('对0'), bundle: expect.any(String) }],
        [1, { facts: facts('对1'), bundle: expect.any(String) }],
      ]),
    );
    // The emptied shard's bundle is dropped, so an empty shard is always stale (never merged).
    expect(stale('k', members)).toEqual([2]);
    expect(stale('other key', members)).toEqual([0, 1, 2]);
    const edited: ShardMembers[] = [
      members[0]!,
      [
        ['b.html', 'd2'],
        ['c.html', 'changed'],
      ],
      [],
    ];
    expect(stale('k', edited)).toEqual([1, 2]);
    const added: ShardMembers[] = [[...members[0]!, ['d.html', 'd4']], members[1]!, []];
    expect(stale('k', added)).toEqual([0, 2]);
    const removed: ShardMembers[] = [[], members[1]!, []];
    expect(stale('k', removed)).toEqual([0, 2]);
    // A bundle altered on disk (a damaged cache) is indexed again.
    writeBundle(1, 'damaged');
    expect(stale('k', members)).toEqual([1, 2]);
  });

  it('records a kept bundle by the digest it was checked against, and an indexed one by its files', () => {
    writeBundle(0, 'zero');
    writeBundle(1, 'one');
    const shards = members.map((shardMembers, shard) => ({ members: shardMembers, facts: facts(`对${shard}`) }));
    recordShards(cacheDir, 'k', shards);
    const { kept } = staleShards(cacheDir, 'k', members);
    expect([...kept.keys()]).toEqual([0, 1]);
    // Shard 1 indexed again meanwhile: its new files are read, shard 0's checked digest reused.
    writeBundle(1, 'one, indexed again');
    recordShards(cacheDir, 'k', shards, new Map([[0, kept.get(0)!]]));
    expect(stale('k', members)).toEqual([2]);
    // Were a digest given that its files do not have, the next build would index the shard again.
    recordShards(cacheDir, 'k', shards, new Map([[0, { bundle: 'not its digest' }]]));
    expect(stale('k', members)).toEqual([0, 2]);
  });
});
