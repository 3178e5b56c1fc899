import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Everything a build reads or runs; a change to any of it makes `dist/` stale. */
const buildInputs = ['astro.config.mjs', 'package-lock.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];

export const stampFile = '.build-stamp';

function* walk(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) yield* walk(path.join(entry, name));
  } else {
    yield entry;
  }
}

/** A hash of the build's inputs (paths and bytes), independent of file times. */
export function inputsHash(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha256');
  hash.update(`SITE_URL=${env['SITE_URL'] ?? ''}\n`);
  for (const input of buildInputs) {
    for (const file of walk(path.join(root, input))) {
      if (file.endsWith('.test.ts')) continue;
      hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

/** True when `dist/` was built from exactly the current inputs. */
export function isBuildCurrent(root: string, distDir: string): boolean {
  const stamp = path.join(distDir, stampFile);
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === inputsHash(root);
}
