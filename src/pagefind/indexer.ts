import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { linkOrCopy, readEntry, runtimeFiles, type Entry } from './bundle-files.ts';

/**
 * Runs Pagefind's indexer (the `pagefind` binary of the npm package) over the HTML pages in
 * `input`, writing a bundle to `output`. `language` forces one index language for every page.
 * Resolves with the exit code; the indexer's own messages go to stderr.
 */
export function runPagefind(pagefindBin: string, input: string, output: string, language: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(pagefindBin, ['--site', input, '--output-path', output, '--force-language', language], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** The version the `pagefind` binary reports (`pagefind --version`: "pagefind 1.6.0"). */
export function pagefindVersion(pagefindBin: string): string {
  return execFileSync(pagefindBin, ['--version'], { encoding: 'utf8' }).trim();
}

/** Pagefind's search runtime (pagefind.js, its worker, wasm, UI) and the entry file of a bundle in `language`. */
export interface PagefindRuntime {
  language: string;
  entry: Entry;
  /** The folder holding the runtime files. */
  dir: string;
}

/**
 * Pagefind's runtime files, taken from a bundle its CLI makes of one page, kept in `cacheDir`
 * under the binary's `version` (pagefindVersion, asked once by the caller, which keys its own
 * cache by it too): the binary holds them, and they come with no bundle of ours.
 */
export async function pagefindRuntime(
  pagefindBin: string,
  version: string,
  cacheDir: string,
  language: string,
): Promise<PagefindRuntime> {
  const dir = path.join(cacheDir, `${version.replace(/\W+/g, '-')}-${language}`);
  if (!existsSync(path.join(dir, 'pagefind-entry.json'))) {
    const scratch = `${dir}.making`;
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(path.join(scratch, 'site'), { recursive: true });
    writeFileSync(path.join(scratch, 'site', 'index.html'), '<!DOCTYPE html><html><body><p>runtime</p></body></html>');
    const code = await runPagefind(pagefindBin, path.join(scratch, 'site'), path.join(scratch, 'bundle'), language);
    if (code !== 0) {
      throw new Error(
        `Pagefind 生成运行时文件失败（退出码 ${code}）：请确认 ${pagefindBin} 能运行（npm install 会装好它）。`,
      );
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(path.join(scratch, 'bundle'), dir);
    rmSync(scratch, { recursive: true, force: true });
  }
  return { language, entry: readEntry(dir), dir };
}

/** Links (else copies) the runtime's files into the bundle `out`. */
export function linkRuntime(runtime: PagefindRuntime, out: string): void {
  for (const name of runtimeFiles(runtime.dir)) linkOrCopy(path.join(runtime.dir, name), path.join(out, name));
}
