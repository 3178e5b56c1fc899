// Builds a site for a spec (one build at a time) and serves it the way its Playwright project
// serves dist/: real nginx with deploy/nginx.conf in the `nginx` project, `npm start`'s Node
// server otherwise.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestInfo } from '@playwright/test';
import { startNginx } from '../scripts/lib/nginx.ts';
import { serveStatic } from '../scripts/lib/static-server.ts';

export const nginxProject = 'nginx';

export async function serveSite(dir: string, testInfo: TestInfo): Promise<{ url: string; close: () => Promise<void> }> {
  if (testInfo.project.name === nginxProject) {
    const { url, stop } = await startNginx(dir);
    return { url, close: stop };
  }
  const { server, url } = await serveStatic(dir);
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const buildLock = path.join(
  os.tmpdir(),
  `archive-e2e-build-${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 8)}.lock`,
);

/** Waits for and takes the lock: Astro's build writes `.astro/` in the project, so two at once break each other. */
function lockBuilds(): () => void {
  for (;;) {
    try {
      mkdirSync(buildLock);
      return () => rmSync(buildLock, { recursive: true, force: true });
    } catch {
      // A lock left by a killed run is older than any build.
      const taken = statSync(buildLock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - taken > 600_000) rmSync(buildLock, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
}

/**
 * Builds an archive from a content folder as `npm run build` does, into `outDir`: its status and
 * output. One build at a time across the spec files (they run in parallel workers).
 */
export function buildArchive(contentDir: string, outDir: string, cacheDir: string): SpawnSyncReturns<string> {
  const unlock = lockBuilds();
  try {
    return spawnSync(process.execPath, ['scripts/build.ts'], {
      env: { ...process.env, ARCHIVE_CONTENT_DIR: contentDir, ARCHIVE_OUT_DIR: outDir, ARCHIVE_CACHE_DIR: cacheDir },
      encoding: 'utf8',
      timeout: 180_000,
    });
  } finally {
    unlock();
  }
}
