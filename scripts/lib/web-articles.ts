// Where the development set of real web pages lives: shared/web-articles/ beside the project
// (a clone, CI) or beside a folder above it (a worktree), or WEB_ARTICLES_DIR. Third-party text,
// read at run time only.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/integrations/paths.ts';

export function findWebArticles(): string | null {
  if (process.env['WEB_ARTICLES_DIR']) return path.resolve(process.env['WEB_ARTICLES_DIR']);
  for (let dir = path.dirname(projectRoot); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'web-articles');
    if (existsSync(path.join(candidate, 'expected.json'))) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

export const missingWebArticles = `no shared/web-articles/expected.json beside the project (../shared) or above it,
and WEB_ARTICLES_DIR is not set — the development set is not on this machine.`;

export function readWebArticle(dir: string, file: string): Uint8Array {
  return readFileSync(path.join(dir, file));
}
