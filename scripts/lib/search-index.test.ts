import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, shardOf } from './search-index.ts';

describe('shards', () => {
  it('puts a page in the same shard every time, spread over all shards', () => {
    const files = Array.from({ length: 400 }, (_, index) => `cases/case-${index}/index.html`);
    expect(files.map((file) => shardOf(file, 4))).toEqual(files.map((file) => shardOf(file, 4)));
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
    const { shards, mergeSeconds, ...manifest } = await buildSearchIndex(site, { shardSize: 2, pagefindBin });
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
