// A bad case file fails `npm run build` with a message naming the file and the field, and the
// previous build output stays as it was.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnBuild } from './lib/spawn-build.ts';

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(project, 'scripts/__fixtures__/build');
let work = '';

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'build-errors-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A content folder like content/, whose cases are only the given fixture files. The links
 * registry stays behind: it would (rightly) fail the build for the real cases left out.
 */
function contentWith(name: string, files: string[]): string {
  const content = path.join(work, name, 'content');
  mkdirSync(path.join(content, 'cases'), { recursive: true });
  for (const entry of readdirSync(path.join(project, 'content'))) {
    if (entry !== 'cases' && entry !== 'published.json')
      cpSync(path.join(project, 'content', entry), path.join(content, entry), { recursive: true });
  }
  for (const file of files) cpSync(path.join(fixtures, file), path.join(content, 'cases', file));
  return content;
}

const build = (content: string, outDir: string) => spawnBuild(outDir, content);

const badFiles: Array<{ file: string; field: RegExp }> = [
  { file: 'unknown-measure.mdx', field: /unknown-measure\.mdx:18[^\n]*no-such-measure/ },
  { file: 'missing-title.mdx', field: /title[\s\S]*missing-title\.mdx|missing-title\.mdx[\s\S]*title/ },
  { file: 'broken-front-matter.mdx', field: /broken-front-matter\.mdx:6 字段 authors/ },
  { file: 'id-clash.mdx', field: /id “fixture-valid-case”[^\n]*(?:id-clash|valid-case)\.mdx/ },
  { file: 'stray-line.mdx', field: /stray-line\.mdx:20 这一行不是正文块/ },
  {
    file: 'missing-figure-passage.mdx',
    field: /missing-figure-passage\.mdx:18 关键数字第 1 条（纳入考核）的 passage “p-no-such-passage”/,
  },
  {
    file: 'unknown-region.mdx',
    field:
      /unknown-region\.mdx:8 字段 region “haidian” 不是 content\/regions\.yaml 中任何地区的 id[^\n]*（beijing、fangshan、liangjiang、shunyi、taizhou）[^\n]*region: null/,
  },
  {
    file: 'odd-source-name.mdx',
    field: /odd-source-name\.mdx:10 字段 source “005_海淀#1\?\.txt”：文件名含有字符 “#”“\?”[^\n]*改名为 005_海淀1\.txt/,
  },
];

describe('npm run build with a bad case file', () => {
  for (const { file, field } of badFiles) {
    it(`fails on ${file}, naming file and field, and keeps the previous output`, async () => {
      const name = file.replace(/\.mdx$/, '');
      const outDir = path.join(work, name, 'dist');
      mkdirSync(outDir, { recursive: true });
      writeFileSync(path.join(outDir, 'index.html'), 'previous build');

      const { code, output } = await build(contentWith(name, ['valid-case.mdx', file]), outDir);

      expect(code).not.toBe(0);
      expect(output).toMatch(field);
      expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('previous build');
      expect(existsSync(`${outDir}.next`)).toBe(false);
    }, 180_000);
  }
});

describe('npm run build with a raw source whose name no URL can carry', () => {
  it('builds, publishing the other sources: the ingest refuses such a name with how to rename it', async () => {
    const content = contentWith('odd-name', ['valid-case.mdx']);
    cpSync(path.join(content, 'sources/000_f9178d58492767ee.txt'), path.join(content, 'sources/005_海淀#1?.txt'));
    const outDir = path.join(work, 'odd-name', 'dist');
    const { code, output } = await build(content, outDir);
    expect(code, output).toBe(0);
    expect(existsSync(path.join(outDir, 'sources/000_f9178d58492767ee.txt'))).toBe(true);
    expect(readdirSync(path.join(outDir, 'sources')).some((name) => name.startsWith('005_'))).toBe(false);
  }, 180_000);
});
