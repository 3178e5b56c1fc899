import { fileURLToPath } from 'node:url';
import path from 'node:path';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Where editors' content lives. `ARCHIVE_CONTENT_DIR` points the build at another
 * folder of the same shape (the benchmark builds synthetic archives that way).
 */
export const contentDir = path.resolve(projectRoot, process.env['ARCHIVE_CONTENT_DIR'] ?? 'content');

export { projectRoot };
