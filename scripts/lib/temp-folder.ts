// Test support: a scratch folder under $TMPDIR, filled file by file and removed after the tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export interface TempFolder {
  dir: string;
  /** Writes `text` to `file` (relative to the folder), creating its folders. */
  write(file: string, text: string): void;
}

export function tempFolder(prefix: string): TempFolder {
  const dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write(file, text) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    },
  };
}
