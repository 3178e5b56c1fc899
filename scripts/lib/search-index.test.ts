import { mkdirSync, readdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, bundlePath, shardOf } from './search-index.ts';

describe('shards', () => {
  it('puts a page in the same shard every time, spread over all shards', () => {
    const files = Array.from({ length: 400 }, (_, index) => `cases/case-${index}/index.html`);
    expect(files.map((file) => shardOf(file, 4))).toEqual(files.map((file) => shardOf(file, 4)));
    const sizes = [0, 1, 2, 3].map((shard) => files.filter((file) => shardOf(file, 4) === shard).length);
    for (const size of sizes) expect(size).toBeGreaterThan(70);
  });

  it('names the bundles the search page merges', () => {
    expect([0, 1, 2].map(bundlePath)).toEqual(['/pagefind/', '/pagefind/shard-1/', '/pagefind/shard-2/']);
  });
});

describe('buildSearchIndex', () => {
  const pagefindBin = path.resolve('node_modules/.bin/pagefind');
  const site = mkdtempSync(path.join(tmpdir(), 'search-index-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('indexes the marked pages in shards of the given size and lists the bundles', async () => {
    for (let index = 0; index < 5; index += 1) {
      mkdirSync(path.join(site, 'cases', `c${index}`), { recursive: true });
      writeFileSync(
        path.join(site, 'cases', `c${index}`, 'index.html'),
        `<!DOCTYPE html><html lang="zh-CN"><head><title>案例${index}</title></head><body><main data-pagefind-body><h1>案例${index}</h1><p>暖心驿站服务货车司机。</p></main></body></html>`,
      );
    }
    writeFileSync(path.join(site, 'index.html'), '<!DOCTYPE html><html lang="zh-CN"><body><p>首页不进索引</p></body></html>');
    const manifest = await buildSearchIndex(site, { shardSize: 2, pagefindBin });
    const { bundles } = manifest;
    expect(bundles[0]).toBe('/pagefind/');
    expect(bundles.length).toBeGreaterThanOrEqual(2);
    expect(manifest.traditional).toBe(false);
    // Counted over the indexed pages only: the home page is not indexed.
    expect(manifest.frequentPairs).toEqual(expect.arrayContaining(['暖心', '货车', '案例']));
    expect(manifest.frequentPairs).not.toContain('首页');
    expect(JSON.parse(readFileSync(path.join(site, 'pagefind', 'bundles.json'), 'utf8'))).toEqual(manifest);
    const languages = (dir: string) => Object.keys((JSON.parse(readFileSync(path.join(site, dir, 'pagefind-entry.json'), 'utf8')) as { languages: object }).languages);
    expect(languages('pagefind')).toEqual(['en']);
    const pages = bundles.map((bundle) => (JSON.parse(readFileSync(path.join(site, bundle, 'pagefind-entry.json'), 'utf8')) as { languages: { en: { page_count: number } } }).languages.en.page_count);
    expect(pages.reduce((sum, count) => sum + count, 0)).toBe(5);
  }, 60_000);

  it('splits the index into chunks of the given number of word positions', async () => {
    const chunks = async (chunkSize: number) => {
      await buildSearchIndex(site, { shardSize: 10, chunkSize, pagefindBin });
      return readdirSync(path.join(site, 'pagefind', 'index')).length;
    };
    expect(await chunks(20_000)).toBe(1);
    expect(await chunks(5)).toBeGreaterThan(3);
  }, 60_000);

  it('notes when a page holds Traditional text, so queries are searched in both scripts', async () => {
    writeFileSync(
      path.join(site, 'cases', 'c0', 'index.html'),
      '<!DOCTYPE html><html lang="zh-CN"><body><main data-pagefind-body><p>建成職工暖心驛站。</p></main></body></html>',
    );
    expect((await buildSearchIndex(site, { shardSize: 10, pagefindBin })).traditional).toBe(true);
  }, 60_000);
});
