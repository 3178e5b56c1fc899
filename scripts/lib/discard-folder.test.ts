import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discardedBeside, discardFolder, removeDiscardedBeside } from './discard-folder.ts';
import { tempFolder } from './temp-folder.ts';

/** A folder of `files` files in nested folders, as a built site is. */
function site(dir: string, files: number): string {
  for (let index = 0; index < files; index += 1) {
    mkdirSync(path.join(dir, 'cases', String(index)), { recursive: true });
    writeFileSync(path.join(dir, 'cases', String(index), 'index.html'), `<p>${index}</p>`);
  }
  return dir;
}

async function until(done: () => boolean, seconds = 20): Promise<boolean> {
  const deadline = Date.now() + seconds * 1000;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return done();
}

describe('discardFolder', () => {
  const temp = tempFolder('discard-folder');

  it('frees the path at once and removes the folder in the background', async () => {
    const dist = site(path.join(temp.dir, 'a', 'dist'), 300);
    const aside = discardFolder(dist);
    expect(existsSync(dist)).toBe(false);
    expect(path.dirname(aside)).toBe(path.dirname(dist));
    expect(await until(() => !existsSync(aside))).toBe(true);
  });

  it('lists only what was discarded from the folder of that name', () => {
    const parent = path.join(temp.dir, 'b');
    for (const name of ['dist.discarded-1-2', 'dist.next', 'dist2.discarded-1-2', 'dist'])
      mkdirSync(path.join(parent, name), { recursive: true });
    expect(discardedBeside(path.join(parent, 'dist'))).toEqual([path.join(parent, 'dist.discarded-1-2')]);
    expect(discardedBeside(path.join(temp.dir, 'none', 'dist'))).toEqual([]);
  });

  it('removes leftovers of earlier discards, and nothing else', async () => {
    const parent = path.join(temp.dir, 'c');
    site(path.join(parent, 'dist.discarded-7-8'), 50);
    site(path.join(parent, 'dist'), 5);
    removeDiscardedBeside(path.join(parent, 'dist'));
    expect(await until(() => discardedBeside(path.join(parent, 'dist')).length === 0)).toBe(true);
    expect(existsSync(path.join(parent, 'dist', 'cases', '4', 'index.html'))).toBe(true);
  });
});
