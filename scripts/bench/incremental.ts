// The incremental build bench (issue 19): a full build of a synthetic archive, then each
// everyday change (archive-changes.ts) built incrementally and checked byte for byte against a
// full build of the same content into a folder of its own.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { treeDiff } from '../lib/tree-diff.ts';
import { applyChange, archiveChanges, type ArchiveChange } from './archive-changes.ts';
import { measure } from './measure.ts';
import { benchRoot, failureLines } from './scale.ts';
import { writeSynthArchive } from './synth-archive.ts';

export interface IncrementalRun {
  change: ArchiveChange | 'none';
  caseId: string;
  seconds: number;
  /** What the build said it did: `增量构建（…）` or `完整构建（…）`. */
  plan: string;
  /** The build's own summary lines: pages built and how long Astro took, shards of the search index indexed again. */
  summary: string[];
  /** Files in which the incremental output differs from the full build's (empty when identical). */
  differences: string[];
  ok: boolean;
  error?: string;
}

/** `npm run build` of `content` into `outDir`, keeping its cache beside it for the next build. */
async function build(content: string, outDir: string, args: string[] = []) {
  const env = {
    ...process.env,
    ARCHIVE_CONTENT_DIR: content,
    ARCHIVE_OUT_DIR: outDir,
    ARCHIVE_CACHE_DIR: `${outDir}-cache`,
  };
  const planLine = /(?:增量|完整)构建（.*）/;
  const run = await measure(process.execPath, ['scripts/build.ts', ...args], env, {
    keepLines: new RegExp(`${planLine.source}|page\\(s\\) built in|^搜索索引`),
  });
  const plan = run.kept.map((line) => planLine.exec(line)?.[0]).find(Boolean) ?? '';
  const summary = run.kept.filter((line) => !planLine.test(line));
  return { ...run, plan, summary };
}

/** Builds `count` synthetic cases fully, then each change incrementally; the full build first, as change `none`. */
export async function incrementalRuns(count: number, exclude: string[] = []): Promise<IncrementalRun[]> {
  const content = path.join(benchRoot, `content-incremental-${count}`);
  const outDir = path.join(benchRoot, `dist-incremental-${count}`);
  const reference = `${outDir}-full`;
  for (const folder of [outDir, reference]) rmSync(`${folder}-cache`, { recursive: true, force: true });
  writeSynthArchive(path.resolve('content'), content, count, exclude);
  const first = await build(content, outDir, ['--full']);
  const runs: IncrementalRun[] = [
    {
      change: 'none',
      caseId: '',
      seconds: first.seconds,
      plan: first.plan,
      summary: first.summary,
      differences: [],
      ok: first.exitCode === 0,
    },
  ];
  for (const change of archiveChanges) {
    if (!runs.every((run) => run.ok)) break;
    const caseId = applyChange(content, change);
    const incremental = await build(content, outDir);
    const full = await build(content, reference, ['--full']);
    const ok = incremental.exitCode === 0 && full.exitCode === 0;
    runs.push({
      change,
      caseId,
      seconds: incremental.seconds,
      plan: incremental.plan,
      summary: incremental.summary,
      differences: ok ? treeDiff(outDir, reference) : [],
      ok,
      ...(ok ? {} : { error: failureLines(incremental.exitCode === 0 ? full.output : incremental.output) }),
    });
    // The next reference build starts from nothing, as a full build on a fresh clone does.
    rmSync(`${reference}-cache`, { recursive: true, force: true });
  }
  for (const folder of [content, outDir, reference, `${outDir}-cache`])
    rmSync(folder, { recursive: true, force: true });
  return runs;
}
