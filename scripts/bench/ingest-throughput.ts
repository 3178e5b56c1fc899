// Ingest throughput: the raw sources (and their settings files) repeated under new names up to
// a given size, ingested by the real `npm run ingest` into a temporary content folder.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { measure } from './measure.ts';
import { benchRoot } from './scale.ts';

export interface IngestRun {
  megabytes: number;
  seconds: number;
  megabytesPerSecond: number;
  peakRssMB: number;
  ok: boolean;
}

/** A content folder whose sources/ holds copies of the sources totalling at least `bytes`. */
export function repeatedSources(content: string, target: string, bytes: number): number {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(path.join(target, 'sources'), { recursive: true });
  mkdirSync(path.join(target, 'cases'), { recursive: true });
  for (const entry of readdirSync(content)) {
    if (entry !== 'sources' && entry !== 'cases')
      cpSync(path.join(content, entry), path.join(target, entry), { recursive: true });
  }
  const sourceDir = path.join(content, 'sources');
  const files = readdirSync(sourceDir);
  const sources = files.filter((name) => name.endsWith('.txt')).sort();
  let total = 0;
  for (let copy = 0; total < bytes; copy += 1) {
    for (const source of sources) {
      const base = source.replace(/\.txt$/, '');
      for (const file of files.filter((name) => name.startsWith(`${base}.`))) {
        cpSync(path.join(sourceDir, file), path.join(target, 'sources', `r${String(copy).padStart(4, '0')}_${file}`));
      }
      total += statSync(path.join(sourceDir, source)).size;
    }
  }
  return total;
}

/** `npm run ingest` over `bytes` of repeated sources. */
export async function ingestRun(bytes: number): Promise<IngestRun> {
  const target = path.join(benchRoot, `ingest-${bytes}`);
  const total = repeatedSources(path.resolve('content'), target, bytes);
  const env = { ...process.env, ARCHIVE_CONTENT_DIR: target, INGEST_OUT_DIR: path.join(target, 'ingest-out') };
  const run = await measure(process.execPath, ['scripts/ingest.ts'], env);
  // The copies share case ids, so ingest reports them as clashes and writes only the first
  // (exit 1); every stage still runs on every copy, and the report is written.
  const reported = existsSync(path.join(target, 'ingest-report.md'));
  rmSync(target, { recursive: true, force: true });
  const megabytes = total / 1_000_000;
  return {
    megabytes,
    seconds: run.seconds,
    megabytesPerSecond: megabytes / run.seconds,
    peakRssMB: run.peakRssMB,
    ok: reported,
  };
}
