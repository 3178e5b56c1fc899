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
export const contentDir = path.resolve(projectRoot, process.env['ARCHIVE_CONTENT_DIR'] ?? 'content');

export { projectRoot };
