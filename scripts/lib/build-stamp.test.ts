import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputsHash, scriptClosure } from './build-stamp.ts';
import { tempFolder } from './temp-folder.ts';

const { dir: root, write } = tempFolder('build-stamp');

write('astro.config.mjs', 'export default {};\n');
write('src/pages/index.astro', '<h1>案例库</h1>\n');
write('content/cases/a.mdx', '---\nid: a\n---\n');
write('other-content/cases/a.mdx', '---\nid: a\n---\n');
write('scripts/build.ts', "import { run } from './lib/run.ts';\n");
write('scripts/content-outputs.ts', "import {\n  buildSearchIndex,\n} from './lib/search-index.ts';\n");
write('scripts/lib/run.ts', 'export const run = 1;\n');
write('scripts/lib/search-index.ts', "export { pairs } from './pairs.ts';\n");
write('scripts/lib/pairs.ts', 'export const pairs = 1;\n');
write('scripts/bench.ts', "import { run } from './lib/run.ts';\n");

describe('the build stamp', () => {
  it('counts the scripts the build runs and what they import, nothing else under scripts/', () => {
    expect(
      scriptClosure(root, ['scripts/build.ts', 'scripts/content-outputs.ts']).map((file) => path.relative(root, file)),
    ).toEqual([
      'scripts/build.ts',
      'scripts/content-outputs.ts',
      'scripts/lib/pairs.ts',
      'scripts/lib/run.ts',
      'scripts/lib/search-index.ts',
    ]);
    const before = inputsHash(root, {});
    write('scripts/bench.ts', "import { run } from './lib/run.ts';\nconsole.log(run);\n");
    expect(inputsHash(root, {})).toBe(before);
    write('scripts/lib/pairs.ts', 'export const pairs = 2;\n');
    expect(inputsHash(root, {})).not.toBe(before);
  });

  it('hashes the content folder the build reads: ARCHIVE_CONTENT_DIR when set', () => {
    const other = { ARCHIVE_CONTENT_DIR: path.join(root, 'other-content') };
    const before = inputsHash(root, other);
    const ofContent = inputsHash(root, {});
    write('other-content/cases/a.mdx', '---\nid: a\ntitle: 改过\n---\n');
    expect(inputsHash(root, other)).not.toBe(before);
    expect(inputsHash(root, {})).toBe(ofContent);
    write('content/cases/a.mdx', '---\nid: a\ntitle: 也改过\n---\n');
    expect(inputsHash(root, {})).not.toBe(ofContent);
  });

  it('depends on SITE_URL', () => {
    expect(inputsHash(root, { SITE_URL: 'https://a.example/' })).not.toBe(inputsHash(root, {}));
  });
});
