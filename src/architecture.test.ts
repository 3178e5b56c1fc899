import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.dirname(new URL(import.meta.url).pathname);
/** What the site is built from: it depends on the content model, never on the ingest's internals. */
const siteFolders = ['pages', 'components', 'layouts', 'utils', 'integrations', 'client', 'loaders', 'user-components'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|astro|mjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('architecture', () => {
  it('the site never imports the ingest', () => {
    const files = [
      ...siteFolders.flatMap((folder) => sourceFiles(path.join(src, folder))),
      path.join(src, 'content.config.ts'),
    ];
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter((file) => /from\s+['"][^'"]*\/ingest\//.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => path.relative(src, file))).toEqual([]);
  });
});
