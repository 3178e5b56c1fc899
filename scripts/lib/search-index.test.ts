import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildSearchIndex, shardOf } from './search-index.ts';

/** How often each HTML file was read, to hold the indexer to one read per page. */
const htmlReads = vi.hoisted(() => new Map<string, number>());
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((file: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    if (String(file).endsWith('.html')) htmlReads.set(String(file), (htmlReads.get(String(file)) ?? 0) + 1);
    return (fs.readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, readFileSync, default: { ...fs, readFileSync } };
});

describe('shards', () => {
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

describe('buildSearchIndex', () => {
  const pagefindBin = path.resolve('node_modules/.bin/pagefind');
  const site = mkdtempSync(path.join(tmpdir(), 'search-index-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const entryOf = (bundle: string) =>
    JSON.parse(readFileSync(path.join(site, bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };

  it('indexes the marked pages in shards and merges them into one bundle named by its content', async () => {
    for (let index = 0; index < 5; index += 1) {
      mkdirSync(path.join(site, 'cases', `c${index}`), { recursive: true });
      writeFileSync(
        path.join(site, 'cases', `c${index}`, 'index.html'),
        `<!DOCTYPE html><html lang="zh-CN"><head><title>案例${index}</title></head><body><main data-pagefind-body><h1>案例${index}</h1><p>暖心驿站服务货车司机。</p></main></body></html>`,
      );
    }
    writeFileSync(
      path.join(site, 'index.html'),
      '<!DOCTYPE html><html lang="zh-CN"><body><p>首页不进索引</p></body></html>',
    );
    htmlReads.clear();
    const { shards, mergeSeconds, ...manifest } = await buildSearchIndex(site, { shardSize: 2, pagefindBin });
    // Every page, indexed or not, is read once.
    expect([...htmlReads.values()]).toEqual([1, 1, 1, 1, 1, 1]);
    expect(mergeSeconds).toBeGreaterThan(0);
    expect(shards).toBeGreaterThanOrEqual(2);
    expect(manifest.bundle).toMatch(/^\/pagefind\/[0-9a-f]{10}\/$/);
    expect(manifest.traditional).toBe(false);
    // Counted over the indexed pages only: the home page is not indexed.
    expect(manifest.frequentPairs).toEqual(expect.arrayContaining(['暖心', '货车', '案例']));
    expect(manifest.frequentPairs).not.toContain('首页');
    expect(JSON.parse(readFileSync(path.join(site, 'pagefind', 'manifest.json'), 'utf8'))).toEqual(manifest);
    expect(readdirSync(path.join(site, 'pagefind')).sort()).toEqual(
      [path.basename(manifest.bundle), 'manifest.json'].sort(),
    );
    expect(entryOf(manifest.bundle).languages).toEqual({ en: expect.objectContaining({ page_count: 5 }) });
    expect(readdirSync(path.join(site, manifest.bundle, 'fragment'))).toHaveLength(5);
    // The same pages give the same folder; a changed page another.
    expect((await buildSearchIndex(site, { shardSize: 2, pagefindBin })).bundle).toBe(manifest.bundle);
    writeFileSync(
      path.join(site, 'cases', 'c4', 'index.html'),
      '<!DOCTYPE html><html lang="zh-CN"><body><main data-pagefind-body><p>职工之家</p></main></body></html>',
    );
    const changed = await buildSearchIndex(site, { shardSize: 2, pagefindBin });
    expect(changed.bundle).not.toBe(manifest.bundle);
    expect(existsSync(path.join(site, manifest.bundle))).toBe(false);
  }, 60_000);

  it('cuts the merged word index into chunks of about the given size', async () => {
    const chunks = async (chunkBytes: number) => {
      const { bundle } = await buildSearchIndex(site, { shardSize: 10, chunkBytes, pagefindBin });
      return readdirSync(path.join(site, bundle, 'index')).length;
    };
    expect(await chunks(1_000_000)).toBe(1);
    expect(await chunks(20)).toBeGreaterThan(3);
  }, 60_000);

  it('notes when a page holds Traditional text, so queries are searched in both scripts', async () => {
    writeFileSync(
      path.join(site, 'cases', 'c0', 'index.html'),
      '<!DOCTYPE html><html lang="zh-CN"><body><main data-pagefind-body><p>建成職工暖心驛站。</p></main></body></html>',
    );
    expect((await buildSearchIndex(site, { shardSize: 10, pagefindBin })).traditional).toBe(true);
  }, 60_000);
});
