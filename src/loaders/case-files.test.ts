import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it, vi } from 'vitest';
import { caseFiles } from './case-files.ts';
import { tempFolder } from '../../scripts/lib/temp-folder.ts';

/** The files each sync had read afresh (not taken from the previous sync). */
const readAfresh = vi.hoisted((): string[][] => []);
vi.mock('../content-model/case-file.ts', async (original) => {
  const actual = await original<typeof import('../content-model/case-file.ts')>();
  return {
    ...actual,
    readCaseFiles: (...args: Parameters<typeof actual.readCaseFiles>) => {
      const [files, , readBefore] = args;
      readAfresh.push(files.filter((file) => !readBefore?.has(file.shownAs)).map((file) => path.basename(file.name)));
      return actual.readCaseFiles(...args);
    },
  };
});

const caseText = (id: string, title: string) =>
  `---\nid: ${id}\ntitle: ${title}\nregion: null\nyear: 2024\nsource: a.txt\nauthors: []\nfigures: []\n---\n\n<P id="p-1">正文。</P>\n`;

/** Every content folder the tests write, removed after them. */
const scratch = tempFolder('case-loader');

/** A content folder with two case files and the store, meta and digest Astro would hand the loader. */
function fixture() {
  const content = mkdtempSync(path.join(scratch.dir, 'content-'));
  mkdirSync(path.join(content, 'cases'));
  mkdirSync(path.join(content, 'sources'));
  writeFileSync(path.join(content, 'sources', 'a.txt'), '原文');
  writeFileSync(path.join(content, 'regions.yaml'), '');
  writeFileSync(path.join(content, 'cases', 'one.mdx'), caseText('one', '一'));
  writeFileSync(path.join(content, 'cases', 'two.mdx'), caseText('two', '二'));
  const entries = new Map<string, { id: string; data: unknown; filePath?: string; digest?: string }>();
  const metaValues = new Map<string, string>();
  const parsed: string[] = [];
  const context = {
    config: { root: new URL(`file://${content}/`) },
    store: {
      entries: () => [...entries],
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: unknown; filePath?: string; digest?: string }) => !!entries.set(entry.id, entry),
      delete: (id: string) => entries.delete(id),
    },
    meta: {
      get: (key: string) => metaValues.get(key),
      set: (key: string, value: string) => metaValues.set(key, value),
    },
    parseData: async ({ id, data }: { id: string; data: unknown }) => (parsed.push(id), data),
    generateDigest: (text: string) => String(text.length) + text.slice(-40),
  } as unknown as LoaderContext;
  return { content, entries, parsed, context, load: () => caseFiles(path.join(content, 'cases')).load(context) };
}

describe('the cases loader', () => {
  it('reads again only the files that changed since the last sync', async () => {
    const { content, entries, parsed, load } = fixture();
    readAfresh.length = 0;
    await load();
    writeFileSync(path.join(content, 'cases', 'two.mdx'), caseText('two', '二改'));
    await load();
    expect(readAfresh).toEqual([['one.mdx', 'two.mdx'], ['two.mdx']]);
    expect(parsed).toEqual(['one', 'two', 'two']);
    expect([...entries.keys()].sort()).toEqual(['one', 'two']);
  });

  it('reads every file again when the sources changed, so a missing source is still found', async () => {
    const { content, load } = fixture();
    await load();
    writeFileSync(path.join(content, 'sources', 'b.txt'), '另一篇');
    readAfresh.length = 0;
    await expect(load()).resolves.toBeUndefined();
    expect(readAfresh).toEqual([['one.mdx', 'two.mdx']]);
    rmSync(path.join(content, 'sources', 'a.txt'));
    await expect(load()).rejects.toThrow(/a\.txt/);
  });

  it('stores no body, only the file it is read from, relative to the project', async () => {
    const { entries, load } = fixture();
    await load();
    expect(entries.get('one')).not.toHaveProperty('body');
    expect(entries.get('one')?.filePath).toBe(path.join('cases', 'one.mdx'));
  });

  it('drops the entries of removed files', async () => {
    const { content, entries, load } = fixture();
    await load();
    rmSync(path.join(content, 'cases', 'one.mdx'));
    await load();
    expect([...entries.keys()]).toEqual(['two']);
  });
});
