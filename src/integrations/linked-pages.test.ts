import { existsSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkCachedPages, unlinkDroppedPages } from './linked-pages.ts';
import { tempFolder } from '../../scripts/lib/temp-folder.ts';

function cacheWith(files: Record<string, string>) {
  const work = tempFolder('linked-pages');
  for (const [file, text] of Object.entries(files)) work.write(path.join('cache', file), text);
  return { cache: path.join(work.dir, 'cache'), out: path.join(work.dir, 'out') };
}

describe('linkCachedPages', () => {
  it('links every cached page into the output folder, at the same path, as the same file', async () => {
    const { cache, out } = cacheWith({
      'cases/a/index.html': 'A',
      'cases/a/qr/index.html': 'QR',
      'index.html': 'home',
    });
    const linked = await linkCachedPages(cache, out);
    expect(linked.map(({ file }) => file).sort()).toEqual([
      'cases/a/index.html',
      'cases/a/qr/index.html',
      'index.html',
    ]);
    for (const { file, inode } of linked) {
      expect(readFileSync(path.join(out, file), 'utf8')).toBe(readFileSync(path.join(cache, file), 'utf8'));
      expect(statSync(path.join(cache, file)).ino).toBe(inode);
    }
  });

  it('links nothing when there is no cache yet', async () => {
    const { cache, out } = cacheWith({});
    expect(await linkCachedPages(path.join(cache, 'missing'), out)).toEqual([]);
  });
});

describe('unlinkDroppedPages', () => {
  it('removes the links whose cached copy the build removed, and the folders they leave empty', async () => {
    const { cache, out } = cacheWith({ 'regions/x/2/index.html': 'page 2', 'regions/x/index.html': 'page 1' });
    const linked = await linkCachedPages(cache, out);
    rmSync(path.join(cache, 'regions/x/2/index.html'));
    expect(unlinkDroppedPages(cache, out, linked)).toEqual(['regions/x/2/index.html']);
    expect(existsSync(path.join(out, 'regions/x/2'))).toBe(false);
    expect(readFileSync(path.join(out, 'regions/x/index.html'), 'utf8')).toBe('page 1');
  });

  it('keeps a page the build wrote again, though its cached copy is gone', async () => {
    const { cache, out } = cacheWith({ 'cases/b/index.html': 'keyed' });
    const linked = await linkCachedPages(cache, out);
    rmSync(path.join(out, 'cases/b/index.html'));
    writeFileSync(path.join(out, 'cases/b/index.html'), 'made by another route');
    rmSync(path.join(cache, 'cases/b/index.html'));
    expect(unlinkDroppedPages(cache, out, linked)).toEqual([]);
    expect(readFileSync(path.join(out, 'cases/b/index.html'), 'utf8')).toBe('made by another route');
  });
});
