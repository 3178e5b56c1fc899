// An incremental build starts its output as hard links to Astro's cached pages, which the live
// dist/ shares (src/integrations/linked-output.ts): a page it renders again must be a new file, so
// that the site being served stays as it was until the new one is swapped in.
import { cpSync, linkSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyChange } from './bench/archive-changes.ts';
import { spawnBuild } from './lib/spawn-build.ts';
import { tempFolder } from './lib/temp-folder.ts';

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = tempFolder('linked-build');
const content = path.join(work.dir, 'content');
const outDir = path.join(work.dir, 'dist');

describe('an incremental build', () => {
  it('renders the edited case anew without writing into the live site’s files', { timeout: 300_000 }, async () => {
    cpSync(path.join(project, 'content'), content, { recursive: true });
    const first = await spawnBuild(outDir, content);
    expect(first.code, first.output).toBe(0);
    // After a full build the live pages are files of their own; after an incremental one they are
    // the cached pages' files, which the next build links to.
    applyChange(content, 'edit');
    const linking = await spawnBuild(outDir, content);
    expect(linking.code, linking.output).toBe(0);

    const id = applyChange(content, 'edit');
    const livePage = path.join(outDir, 'cases', id, 'index.html');
    const servedBefore = readFileSync(livePage, 'utf8');
    // The inode the live site serves, kept after dist/ itself is swapped out and removed.
    const served = path.join(work.dir, 'served.html');
    linkSync(livePage, served);

    const second = await spawnBuild(outDir, content);
    expect(second.code, second.output).toBe(0);
    expect(second.output).toMatch(/增量构建（/);
    expect(readFileSync(livePage, 'utf8')).not.toBe(servedBefore);
    expect(readFileSync(livePage, 'utf8')).toContain('这一句是编辑新加的。');
    expect(readFileSync(served, 'utf8')).toBe(servedBefore);
  });
});
