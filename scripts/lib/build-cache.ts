// Whether `npm run build` may reuse the previous build (Astro's incremental build cache), and the
// record that lets it tell. Only the editors' everyday changes are built incrementally; anything
// else makes the build a full one, and says why.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cachedPagesDir } from '../../src/integrations/linked-output.ts';
import { contentDirFor } from '../../src/integrations/paths.ts';
import { buildInputFiles, hashInputs, walk } from './build-stamp.ts';

/**
 * What in content/ an incremental build handles: cases, their sources, the link files, and the
 * ingest's own records (no page shows them; `npm run ingest` rewrites them each time).
 * Everything else there (regions, measures, categories …) changes many pages at once.
 */
const editorialContent = [
  'cases',
  'sources',
  'published.json',
  'redirects.yaml',
  'withdrawn.yaml',
  'anchor-aliases.yaml',
  'ingest-manifest.json',
  'ingest-report.md',
];

/** The build-start checks' reading of the case files, kept in the cache folder (src/integrations/case-checks-cache.ts). */
export const caseChecksFile = 'case-checks.json';
/** The files of the cache folder whose state the record vouches for (see cacheFingerprint). */
const astroManifests = ['incremental-build.json', 'data-store.json', caseChecksFile];
const recordFile = 'archive-build.json';
const recordVersion = 1;

export interface BuildRecord {
  version: number;
  /** Hash of what a change to makes the build a full one (see foundationHash). */
  foundation: string;
  /** Astro's cache as the last successful build left it. */
  cache: string;
}

export type BuildPlan = { mode: 'full' | 'incremental'; reason: string };

/** Astro's cache folder (`cacheDir` in astro.config.mjs). */
export function astroCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(root, env['ARCHIVE_CACHE_DIR'] ?? 'node_modules/.astro');
}

/** A hash of the code, the dependencies, the Astro config, SITE_URL and the taxonomy: every build input but the editorial content. */
export function foundationHash(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const content = contentDirFor(root, env);
  const editorial = editorialContent.map((entry) => path.join(content, entry));
  const isEditorial = (file: string) => editorial.some((entry) => file === entry || file.startsWith(entry + path.sep));
  return hashInputs(
    root,
    buildInputFiles(root, env).filter((file) => !isEditorial(file)),
    env,
  );
}

/**
 * A fingerprint of Astro's cache: the bytes of its manifests, and the name, size and time of each
 * page copy it restores from, so that a cache changed by anything but a build is not trusted.
 */
export function cacheFingerprint(cacheDir: string): string {
  const hash = createHash('sha256');
  for (const name of astroManifests) {
    const file = path.join(cacheDir, name);
    hash
      .update(name)
      .update('\0')
      .update(existsSync(file) ? readFileSync(file) : '-')
      .update('\0');
  }
  for (const file of walk(cachedPagesDir(cacheDir))) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${path.relative(cacheDir, file)}\0${size}\0${mtimeMs}\0`);
  }
  return hash.digest('hex');
}

/** The record of the last successful build, or why there is none to trust. */
export function readBuildRecord(cacheDir: string): BuildRecord | string {
  const file = path.join(cacheDir, recordFile);
  if (!existsSync(file)) return '没有上次构建的记录';
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<BuildRecord>;
    if (record.version === recordVersion && typeof record.foundation === 'string' && typeof record.cache === 'string') {
      return record as BuildRecord;
    }
  } catch {
    // An unreadable record is no record.
  }
  return '上次构建的记录已损坏';
}

export function writeBuildRecord(cacheDir: string, foundation: string): void {
  const record: BuildRecord = { version: recordVersion, foundation, cache: cacheFingerprint(cacheDir) };
  writeFileSync(path.join(cacheDir, recordFile), `${JSON.stringify(record)}\n`);
}

/** Forgets the last build, so that the next one is full (a failed build may have left the cache half-written). */
export function forgetBuildRecord(cacheDir: string): void {
  rmSync(path.join(cacheDir, recordFile), { force: true });
}

/** Whether this build may be incremental, from the last build's record and the current state. */
export function planBuild(input: {
  record: BuildRecord | string;
  foundation: string;
  cache: string;
  forced: boolean;
}): BuildPlan {
  const { record, foundation, cache, forced } = input;
  if (forced) return { mode: 'full', reason: '指定了 --full' };
  if (typeof record === 'string') return { mode: 'full', reason: record };
  if (record.foundation !== foundation) {
    return { mode: 'full', reason: '代码、依赖、Astro 配置、SITE_URL 或分类（地区、措施）有改动' };
  }
  if (record.cache !== cache) return { mode: 'full', reason: '构建缓存在上次构建之后被改动过，不再可信' };
  return { mode: 'incremental', reason: '只有案例、原文或链接文件有改动' };
}
