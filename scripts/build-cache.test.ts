// A corrupt build cache never yields a wrong site: `npm run build` notices that Astro's cache
// changed since the last build, builds fully, and the site is the one a clean build makes.
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './lib/temp-folder.ts';
import { treeDiff } from './lib/tree-diff.ts';

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = tempFolder('build-cache-site');
const outDir = path.join(work.dir, 'dist');
const cacheDir = `${outDir}-cache`;

function build(): Promise<{ code: number; output: string }> {
  const bin = path.join(project, 'node_modules/.bin');
  const env = {
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}`,
    ARCHIVE_OUT_DIR: outDir,
    ARCHIVE_CACHE_DIR: cacheDir,
  };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: project, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

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
