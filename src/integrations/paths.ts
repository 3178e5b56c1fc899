import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

// Bundled into .astro/.prerender/chunks/ by a build, this module no longer sits in src/integrations/;
// then the project root is the working directory (npm scripts run there).
const besideSource = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const projectRoot = existsSync(path.join(besideSource, 'package.json')) ? besideSource : process.cwd();

/**
 * Where editors' content lives. `ARCHIVE_CONTENT_DIR` points the build at another
 * folder of the same shape (the benchmark builds synthetic archives that way).
 */
export function contentDirFor(root: string, env: NodeJS.ProcessEnv): string {
  return path.resolve(root, env['ARCHIVE_CONTENT_DIR'] ?? 'content');
}

/** Where the site is built, served and tested: `dist/`, or `ARCHIVE_OUT_DIR`. */
export function outDirFor(root: string, env: NodeJS.ProcessEnv): string {
  return path.resolve(root, env['ARCHIVE_OUT_DIR'] ?? 'dist');
}

export const contentDir = contentDirFor(projectRoot, process.env);
export const outDir = outDirFor(projectRoot, process.env);

export { projectRoot };
