import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { indexFiles } from './index-files.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSources } from './content-sources.ts';
import { indexSearchPages, type SearchSource } from './search-index.ts';

const fixture = path.resolve('e2e/fixtures/links-site/content');
const pagefindBin = path.resolve('node_modules/.bin/pagefind');

describe('contentSources', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'content-sources-'));
  const content = path.join(root, 'content');
  cpSync(fixture, content, { recursive: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const digests = () => new Map(contentSources(content).map((source) => [source.key, source.digest]));
  /** The sources, counting the pages made. */
  const counted = (made: string[]): SearchSource[] =>
    contentSources(content).map((source) => ({ ...source, page: () => (made.push(source.key), source.page()) }));

  it('changes the digest of an edited case alone, and of every page when a shared file changes', () => {
    const before = digests();
    const file = path.join(content, 'cases', 'taizhou-sige-jiafa.mdx');
    const original = readFileSync(file, 'utf8');
    appendFileSync(file, '<P id="p-added">新增的一段。</P>\n');
    const edited = digests();
    expect([...edited].filter(([key, digest]) => before.get(key) !== digest).map(([key]) => key)).toEqual([
      'cases/taizhou-sige-jiafa.mdx',
    ]);
    writeFileSync(file, original);
    appendFileSync(path.join(content, 'regions.yaml'), '\n');
    const regions = digests();
    expect([...regions].every(([key, digest]) => before.get(key) !== digest)).toBe(true);
  });

  it('makes only the pages of the shards it indexes again, and gives the index of a build without the cache', async () => {
    const site = path.join(root, 'site');
    const cacheDir = path.join(root, 'cache');
    const options = { shardSize: 4, pagefindBin, cacheDir };
    const first: string[] = [];
    await indexSearchPages(counted(first), site, options);
    expect(first).toHaveLength(contentSources(content).length);
    appendFileSync(path.join(content, 'cases', 'taizhou-sige-jiafa.mdx'), '<P id="p-added">新增的一段。</P>\n');
    const again: string[] = [];
    const result = await indexSearchPages(counted(again), site, options);
    expect(result.indexedShards).toHaveLength(1);
    expect(again).toContain('cases/taizhou-sige-jiafa.mdx');
    expect(again.length).toBeLessThan(first.length);
    const full = path.join(root, 'full');
    await indexSearchPages(contentSources(content), full, { ...options, cacheDir: path.join(root, 'other-cache') });
    expect(indexFiles(site)).toEqual(indexFiles(full));
  }, 60_000);
});
