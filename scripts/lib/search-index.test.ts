import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { indexFiles } from './index-files.ts';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { pairText } from '../../src/utils/search/pairs.ts';
import { buildSearchIndex, indexSearchPages, madeSources, type SearchFile } from './search-index.ts';
import { searchablePage } from './searchable-html.ts';
import { shardOf } from './search-shards.ts';

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
    const { shards, indexedShards, mergeSeconds, ...manifest } = await buildSearchIndex(site, {
      shardSize: 2,
      pagefindBin,
    });
    // Every page, indexed or not, is read once.
    expect([...htmlReads.values()]).toEqual([1, 1, 1, 1, 1, 1]);
    expect(mergeSeconds).toBeGreaterThan(0);
    expect(shards).toBeGreaterThanOrEqual(2);
    expect(indexedShards).toHaveLength(shards);
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

describe('indexSearchPages with a shard cache', () => {
  const pagefindBin = path.resolve('node_modules/.bin/pagefind');
  const root = mkdtempSync(path.join(tmpdir(), 'search-cache-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const page = (index: number, text: string): SearchFile => {
    const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta data-pagefind-filter="kind[content]" content="case"></head><body><main data-pagefind-body><h1 id="t">案例${index}</h1><p>${text}</p></main></body></html>`;
    return { file: `cases/c${index}/index.html`, ...searchablePage(html, pairText) };
  };
  const archive = Array.from({ length: 14 }, (_, index) => page(index, `第${index}个暖心驿站服务货车司机。`));
  /** Every file of the built index, by path: what a deploy would publish. */
  const options = { shardSize: 5, pagefindBin };
  /** 14 or 15 pages in shards of at most 5: 3 shards. */
  const shardCount = 3;
  let run = 0;
  const fullIndex = async (pages: SearchFile[]) => {
    const site = path.join(root, `full-${(run += 1)}`);
    await indexSearchPages(madeSources(pages), site, options);
    return indexFiles(site);
  };

  it('indexes again only the shards of changed, added and removed pages, giving the full index byte for byte', async () => {
    const site = path.join(root, 'incremental');
    const cacheDir = path.join(root, 'cache');
    const first = await indexSearchPages(madeSources(archive), site, { ...options, cacheDir });
    expect(first.indexedShards).toHaveLength(first.shards);
    expect(indexFiles(site)).toEqual(await fullIndex(archive));

    const unchanged = await indexSearchPages(madeSources(archive), site, { ...options, cacheDir });
    expect(unchanged.indexedShards).toEqual([]);
    expect(unchanged.bundle).toBe(first.bundle);

    // Each step changes one page of the one before.
    const edited = archive.map((item, index) => (index === 3 ? page(3, '职工之家') : item));
    const added = [...edited, page(14, '新的案例')];
    const removed = added.filter((_, index) => index !== 5);
    const steps: Array<[string, SearchFile[], string]> = [
      ['edited', edited, archive[3]!.file],
      ['added', added, added[14]!.file],
      ['removed', removed, archive[5]!.file],
    ];
    for (const [change, pages, file] of steps) {
      const result = await indexSearchPages(madeSources(pages), site, { ...options, cacheDir });
      expect(result.indexedShards, change).toEqual([shardOf(file, shardCount)]);
      expect(indexFiles(site), change).toEqual(await fullIndex(pages));
    }
  }, 120_000);

  it('indexes a shard again when its cached bundle was damaged', async () => {
    const site = path.join(root, 'damaged');
    const cacheDir = path.join(root, 'damaged-cache');
    await indexSearchPages(madeSources(archive), site, { ...options, cacheDir });
    const fragments = path.join(cacheDir, 'bundles', '1', 'fragment');
    rmSync(path.join(fragments, readdirSync(fragments)[0]!));
    const result = await indexSearchPages(madeSources(archive), site, { ...options, cacheDir });
    expect(result.indexedShards).toEqual([1]);
    expect(indexFiles(site)).toEqual(await fullIndex(archive));
  }, 60_000);
});
