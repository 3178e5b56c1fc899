import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentDirFor } from '../../src/integrations/paths.ts';

/** Files and folders of the project a build reads, besides the content folder and the build's own scripts. */
const projectInputs = ['astro.config.mjs', 'package-lock.json', 'tsconfig.json', 'src', 'public'];

/** The scripts `npm run build` runs; what they import from scripts/ counts too, nothing else there does. */
const buildScripts = ['scripts/build.ts', 'scripts/content-outputs.ts'];

export const stampFile = '.build-stamp';

/** Every file under `entry` (or `entry` itself), in a stable order. */
export function* walk(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) yield* walk(path.join(entry, name));
  } else {
    yield entry;
  }
}

const relativeImport = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g;

/** `entries` and every file under `scripts/` they import, directly or not, in a stable order. */
export function scriptClosure(root: string, entries: readonly string[]): string[] {
  const scriptsDir = path.join(root, 'scripts') + path.sep;
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !file.startsWith(scriptsDir) || !existsSync(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(relativeImport)) {
      visit(path.resolve(path.dirname(file), specifier!));
    }
  };
  for (const entry of entries) visit(path.join(root, entry));
  return [...seen].sort();
}

/**
 * A hash of the build's inputs (paths and bytes, not file times): the project files the build
 * reads, the content folder it builds (`ARCHIVE_CONTENT_DIR`, else content/), the build's own
 * scripts, and SITE_URL. Tests, the bench and the other runners do not count.
 */
export function inputsHash(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return hashInputs(root, buildInputFiles(root, env), env);
}

/** A hash of SITE_URL and the paths and bytes of `files`. */
export function hashInputs(root: string, files: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha256');
  hash.update(`SITE_URL=${env['SITE_URL'] ?? ''}\n`);
  // Read through one buffer: a buffer per file made `npm run build` hold ~100 MB more at 30,000
  // cases, as the whole content folder's bytes waited for collection.
  const buffer = Buffer.allocUnsafe(1 << 16);
  for (const file of files) {
    hash.update(path.relative(root, file)).update('\0');
    const descriptor = openSync(file, 'r');
    try {
      let read = readSync(descriptor, buffer);
      for (; read > 0; read = readSync(descriptor, buffer)) hash.update(buffer.subarray(0, read));
    } finally {
      closeSync(descriptor);
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The files {@link inputsHash} covers, in a stable order. */
export function buildInputFiles(root: string, env: NodeJS.ProcessEnv = process.env): string[] {
  return [
    ...projectInputs.flatMap((input) => [...walk(path.join(root, input))]),
    ...walk(contentDirFor(root, env)),
    ...scriptClosure(root, buildScripts),
  ].filter((file) => !file.endsWith('.test.ts'));
}

/** True when `outDir` was built from exactly the current inputs. */
export function isBuildCurrent(root: string, outDir: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const stamp = path.join(outDir, stampFile);
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === inputsHash(root, env);
}
