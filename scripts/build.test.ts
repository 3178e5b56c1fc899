// A bad case file fails `npm run build` with a message naming the file and the field, and the
// previous build output stays as it was. When one of the build's two steps fails, or Ctrl+C, the
// other is stopped at once, whole process tree and all.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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

/**
 * A stand-in for Pagefind on PATH, which the search index step runs (its npm wrapper in the real
 * build: a grandchild of the build): answers --version, then does `then` — `sleep 30` or `exit 1`.
 */
function fakePagefind(folder: string, then: string): { bin: string; pidFile: string } {
  const bin = path.join(folder, 'fake-bin');
  const pidFile = path.join(folder, 'pagefind.pid');
  mkdirSync(bin, { recursive: true });
  const script = `#!/bin/sh\nif [ "$1" = --version ]; then echo "pagefind 1.6.0"; exit 0; fi\necho $$ > "${pidFile}"\n${then}\n`;
  writeFileSync(path.join(bin, 'pagefind'), script);
  chmodSync(path.join(bin, 'pagefind'), 0o755);
  return { bin, pidFile };
}

/** `npm run build` as spawnBuild runs it, with `bin` first on PATH; `onSpawn` gets the build's process. */
function buildWith(
  bin: string,
  content: string,
  outDir: string,
  onSpawn: (child: ReturnType<typeof spawn>) => void = () => {},
): Promise<{ code: number | null; signal: string | null; output: string; seconds: number }> {
  const env = {
    ...process.env,
    PATH: [bin, path.join(project, 'node_modules/.bin'), process.env['PATH'] ?? ''].join(path.delimiter),
    ARCHIVE_CONTENT_DIR: content,
    ARCHIVE_OUT_DIR: outDir,
    ARCHIVE_CACHE_DIR: `${outDir}-cache`,
  };
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: project, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    onSpawn(child);
    // 'close' waits for every holder of the output pipes: a step left running would hold it open.
    child.on('close', (code, signal) =>
      resolve({ code, signal, output, seconds: (performance.now() - started) / 1000 }),
    );
  });
}

const isRunning = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
};

/** Live processes whose command line names `text` (astro build names its scratch folder). */
function processesNaming(text: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
    .filter((name) => {
      try {
        return readFileSync(`/proc/${name}/cmdline`, 'utf8').includes(text) && isRunning(Number(name));
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** A previous build in `outDir`, which a failed or stopped build must leave as it was. */
function previousBuild(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'index.html'), 'previous build');
}

function expectCleanedUp(outDir: string): void {
  expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('previous build');
  expect(existsSync(`${outDir}.next`)).toBe(false);
  expect(existsSync(`${outDir}.next-search`)).toBe(false);
  expect(processesNaming(`${outDir}.next`)).toEqual([]);
}

describe.runIf(existsSync('/proc/self/stat'))('npm run build when one step fails or is interrupted', () => {
  it('stops the search index (and the Pagefind it runs, which would sleep 30 s) as soon as Astro fails', async () => {
    const { bin, pidFile } = fakePagefind(path.join(work, 'astro-fails'), 'sleep 30');
    const outDir = path.join(work, 'astro-fails', 'dist');
    previousBuild(outDir);
    const content = contentWith('astro-fails', ['valid-case.mdx', 'unknown-measure.mdx']);

    const { code, output, seconds } = await buildWith(bin, content, outDir);

    expect(code, output).toBe(1);
    expect(seconds).toBeLessThan(25);
    expect(output).toMatch(/unknown-measure\.mdx:18[^\n]*no-such-measure/);
    expect(output).toMatch(
      /构建失败：astro build（生成页面）出错（退出码 1）[^\n]*段落数据和搜索索引（scripts\/content-outputs\.ts）随即停止/,
    );
    expect(isRunning(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
    expectCleanedUp(outDir);
  }, 60_000);

  it('stops Astro as soon as the search index fails, and exits with the index step’s code', async () => {
    const { bin } = fakePagefind(path.join(work, 'index-fails'), 'exit 1');
    const outDir = path.join(work, 'index-fails', 'dist');
    previousBuild(outDir);

    const { code, output } = await buildWith(bin, contentWith('index-fails', ['valid-case.mdx']), outDir);

    expect(code, output).toBe(1);
    expect(output).toMatch(/Pagefind 生成运行时文件失败（退出码 1）/);
    expect(output).toMatch(
      /构建失败：段落数据和搜索索引（scripts\/content-outputs\.ts）出错（退出码 1）[^\n]*astro build（生成页面）随即停止/,
    );
    expect(output).not.toMatch(/\[build\] Complete!/);
    expectCleanedUp(outDir);
  }, 60_000);

  it('stops both steps on Ctrl+C (SIGINT) and cleans up', async () => {
    const { bin, pidFile } = fakePagefind(path.join(work, 'interrupted'), 'sleep 30');
    const outDir = path.join(work, 'interrupted', 'dist');
    previousBuild(outDir);
    const content = contentWith('interrupted', ['valid-case.mdx']);

    // Interrupted once Pagefind runs, that is while both steps do.
    const { code, output, seconds } = await buildWith(bin, content, outDir, (child) => {
      const interruptWhenIndexing = () =>
        existsSync(pidFile) ? child.kill('SIGINT') : setTimeout(interruptWhenIndexing, 50);
      interruptWhenIndexing();
    });

    expect(code, output).toBe(130);
    expect(seconds).toBeLessThan(25);
    expect(output).toMatch(
      /构建已中断（SIGINT）：[^\n]*段落数据和搜索索引（scripts\/content-outputs\.ts）已停止，临时文件夹已删除。/,
    );
    expect(isRunning(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
    expectCleanedUp(outDir);
  }, 60_000);
});
