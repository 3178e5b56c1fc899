// The scale benchmark: N synthetic cases (plus the real ones) in a temporary content folder,
// built by the real `npm run build` into /tmp; seconds, pages per second and peak memory.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { htmlFiles } from '../lib/search-index.ts';
import { measure, type Measured } from './measure.ts';
import { table } from './report.ts';
import { writeSynthArchive } from './synth-archive.ts';

export const benchRoot = path.join(tmpdir(), 'archive-bench');

export interface BuildRun {
  cases: number;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  peakRssMB: number;
  loadAtStart: number;
  outDir: string;
  ok: boolean;
  error?: string;
}

/** The lines that say why a build failed: from the last error message on, stack frames left out. */
export function failureLines(output: string): string {
  const lines = output.split('\n').filter((line) => line.trim() && !/^\s+at /.test(line));
  const last = lines.findLastIndex((line) => /error|cannot|not found|ENOENT|失败/i.test(line));
  return lines.slice(Math.max(0, last - 3), last + 6).join('\n');
}

/** `npm run build` of a content folder into `outDir`, from a cold cache. */
export async function measureBuild(
  contentDir: string,
  outDir: string,
  cases: number,
  killAboveMB = Infinity,
): Promise<BuildRun> {
  const cacheDir = `${outDir}-cache`;
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(path.dirname(outDir), { recursive: true });
  const bin = path.resolve('node_modules/.bin');
  const env = {
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}`,
    ARCHIVE_CONTENT_DIR: contentDir,
    ARCHIVE_OUT_DIR: outDir,
    ARCHIVE_CACHE_DIR: cacheDir,
  };
  const run: Measured = await measure(process.execPath, ['scripts/build.ts'], env, { killAboveMB });
  rmSync(cacheDir, { recursive: true, force: true });
  // A build stopped from outside leaves its scratch folders behind.
  for (const scratch of [`${outDir}.next`, `${outDir}.next-search`]) rmSync(scratch, { recursive: true, force: true });
  const ok = run.exitCode === 0 && existsSync(outDir);
  const pages = ok ? [...htmlFiles(outDir)].length : 0;
  return {
    cases,
    pages,
    seconds: run.seconds,
    pagesPerSecond: pages / run.seconds,
    peakRssMB: run.peakRssMB,
    loadAtStart: run.loadAtStart,
    outDir,
    ok,
    ...(ok
      ? {}
      : { error: run.killed ? `stopped at ${run.peakRssMB} MB (limit ${killAboveMB} MB)` : failureLines(run.output) }),
  };
}

/**
 * Generates `count` synthetic cases next to the real content and builds them; `alongside` runs
 * on the same content folder after the build (the peer's build, for a ratio from one run).
 */
export async function scaleRun(
  count: number,
  exclude: string[] = [],
  killAboveMB = Infinity,
  alongside?: (contentDir: string) => Promise<void>,
): Promise<BuildRun> {
  const contentDir = path.join(benchRoot, `content-${count}`);
  const { realCases } = writeSynthArchive(path.resolve('content'), contentDir, count, exclude);
  const result = await measureBuild(contentDir, path.join(benchRoot, `dist-${count}`), count + realCases, killAboveMB);
  if (result.ok) await alongside?.(contentDir);
  rmSync(contentDir, { recursive: true, force: true });
  return result;
}

/** The builds as the bench prints them. */
export function buildsTable(builds: BuildRun[]): string {
  return table(
    ['cases', 'pages', 'seconds', 'pages/s', 'peak RSS MB', 'load at start', 'result'],
    builds.map((run) => [
      run.cases,
      run.pages,
      run.seconds.toFixed(1),
      run.pagesPerSecond.toFixed(1),
      run.peakRssMB,
      run.loadAtStart.toFixed(2),
      run.ok ? 'ok' : `FAILED: ${run.error ?? ''}`,
    ]),
  );
}
