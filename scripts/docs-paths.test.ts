// The docs name files that exist: a renamed or moved file must take its mentions along.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const docs = [
  'README.md',
  'docs/search.md',
  'docs/ingest.md',
  'docs/site.md',
  'docs/public-data.md',
  'docs/testing.md',
  'docs/incremental-builds.md',
  'docs/memory.md',
  'bench/README.md',
  'src/pagefind/README.md',
  'content/cases/README.md',
  'content/sources/README.md',
  'content/measures/README.md',
];
/** A code span naming a project file or folder (placeholders and globs are left out). */
const mentioned = /`((?:src|scripts|e2e|docs|bench)\/[\w.\/[\]-]*)`/g;

/** Files a run writes and git ignores (bench/results-quick.json): named, never committed. */
function generated(file: string): boolean {
  try {
    execFileSync('git', ['check-ignore', '-q', file], { cwd: project });
    return true;
  } catch {
    return false;
  }
}

describe('paths named in the docs', () => {
  for (const doc of docs) {
    it(`${doc} names only files that exist`, () => {
      const text = readFileSync(path.join(project, doc), 'utf8');
      const missing = [...text.matchAll(mentioned)]
        .map(([, file]) => file!)
        .filter((file) => !existsSync(path.join(project, file)) && !generated(file));
      expect(missing).toEqual([]);
    });
  }
});
