// A corrupt build cache never yields a wrong site: `npm run build` notices that Astro's cache
// changed since the last build, builds fully, and the site is the one a clean build makes.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnBuild } from './lib/spawn-build.ts';
import { tempFolder } from './lib/temp-folder.ts';
import { treeDiff } from './lib/tree-diff.ts';

const work = tempFolder('build-cache-site');
const outDir = path.join(work.dir, 'dist');
const cacheDir = `${outDir}-cache`;

const build = () => spawnBuild(outDir);

describe('a corrupt build cache', () => {
  it('makes the next build a full one whose site is a clean build’s', { timeout: 300_000 }, async () => {
    const first = await build();
    expect(first.code, first.output).toBe(0);
    const clean = path.join(work.dir, 'clean');
    cpSync(outDir, clean, { recursive: true });

    const [someCase] = readdirSync(path.join(cacheDir, 'dist/cases'));
    const cachedPage = path.join(cacheDir, 'dist/cases', someCase!, 'index.html');
    expect(readFileSync(cachedPage, 'utf8')).toContain('<html');
    writeFileSync(cachedPage, '<p>damaged</p>');

    const second = await build();
    expect(second.code, second.output).toBe(0);
    expect(treeDiff(outDir, clean)).toEqual([]);
    expect(second.output).toMatch(/完整构建（构建缓存在上次构建之后被改动过/);
  });
});
