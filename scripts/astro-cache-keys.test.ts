// Every page of a route with `getStaticPaths` gives Astro a cacheKey (src/utils/page-key.ts): a
// second `astro build` of the same content restores all of them. `npm run build` checks more
// (scripts/lib/build-cache.ts); this guards the routes themselves, as `astro build` on its own
// uses them too, and a route that loses its keys renders every page on every build.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './lib/temp-folder.ts';

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pagesDir = path.join(project, 'src/pages');
const work = tempFolder('astro-cache-keys');

/** The file each route without parameters writes: `compare.astro` → `/compare/index.html`, `feed.xml.ts` → `/feed.xml`. */
function fixedRouteFiles(folder = ''): string[] {
  return readdirSync(path.join(pagesDir, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(folder, entry.name);
    if (entry.name.includes('[')) return [];
    if (entry.isDirectory()) return fixedRouteFiles(relative);
    if (relative.endsWith('.ts')) return [`/${relative.slice(0, -'.ts'.length)}`];
    const page = relative.slice(0, -'.astro'.length);
    if (page === '404') return ['/404.html'];
    return [`/${page === 'index' ? '' : page.replace(/\/?index$/, '') + '/'}index.html`];
  });
}

/**
 * The pages an `astro build` log lists, rendered or restored from the cache. Astro colours its log
 * whenever `CI` is set, as on the project's CI, even into a pipe.
 */
function listedPages(log: string): { rendered: string[]; restored: string[] } {
  const pages = [...stripVTControlCharacters(log).matchAll(/[├└]─ (\/\S+) \((restored|\+[\d.]+m?s)\)/g)];
  return {
    rendered: pages.filter(([, , how]) => how !== 'restored').map(([, page]) => page!),
    restored: pages.filter(([, , how]) => how === 'restored').map(([, page]) => page!),
  };
}

/**
 * The project's config rendering one page at a time: only then does Astro log each page on a line
 * of its own with how it was made (several at a time, the names and timings interleave).
 */
const config = path.join(work.dir, 'astro.config.mjs');
writeFileSync(
  config,
  `import config from ${JSON.stringify(path.join(project, 'astro.config.mjs'))};\n` +
    'export default { ...config, build: { ...config.build, concurrency: 1 } };\n',
);

function astroBuild(): string {
  const bin = path.join(project, 'node_modules/.bin');
  const { status, stdout, stderr } = spawnSync(
    process.execPath,
    [
      path.join(bin, 'astro'),
      'build',
      '--config',
      path.relative(project, config),
      '--outDir',
      path.join(work.dir, 'dist'),
    ],
    {
      cwd: project,
      encoding: 'utf8',
      env: {
        ...process.env,
        PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}`,
        ARCHIVE_CACHE_DIR: path.join(work.dir, 'cache'),
      },
    },
  );
  expect(status, `${stdout}\n${stderr}`).toBe(0);
  return stdout;
}

describe('astro build on its own, twice on the same content', () => {
  it('restores every page of every route with parameters from the cache', { timeout: 300_000 }, () => {
    const first = listedPages(astroBuild());
    expect(first.rendered, 'the first build’s log lists the pages it rendered').toContainEqual(
      expect.stringMatching(/^\/data\/passages\//),
    );
    expect(first.restored).toEqual([]);
    const second = listedPages(astroBuild());
    const fixed = new Set(fixedRouteFiles());
    expect(second.rendered.filter((page) => !fixed.has(page))).toEqual([]);
    expect(second.restored.sort()).toEqual(first.rendered.filter((page) => !fixed.has(page)).sort());
    expect(second.restored.some((page) => page.startsWith('/data/passages/'))).toBe(true);
  });
});
