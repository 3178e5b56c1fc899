// An incremental `npm run build` (scripts/build.ts sets linkedOutputVariable) starts Astro's output
// folder as hard links to the pages Astro cached last build (./linked-pages.ts), which the live
// dist/ shares too. Linking runs while Astro reads the content; this integration then keeps Astro
// from emptying the folder, and makes a page Astro writes where a linked file is replace the file
// rather than write into it: Astro writes a page it renders again with `fs.promises.writeFile`,
// into its output folder and its cache, and written into, a linked file would change the live
// site in the middle of the build. Last, it removes the linked pages the build no longer makes.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { linkCachedPages, unlinkDroppedPages, type LinkedPage } from './linked-pages.ts';

/** Set (to 1) for a build whose output folder starts as links to the cached pages. */
export const linkedOutputVariable = 'ARCHIVE_LINKED_OUTPUT';

/** Where Astro keeps a copy of each keyed page it made, and restores it from (core/build/incremental.js). */
export function cachedPagesDir(cacheDir: string): string {
  return path.join(cacheDir, 'dist');
}

type WriteFile = typeof fs.promises.writeFile;

/** `write`, but a file at `file` under one of `folders` is removed first, so the write makes a new one. */
export function replacingWrite(write: WriteFile, folders: readonly string[]): WriteFile {
  const inside = (file: string) => folders.some((folder) => file.startsWith(folder + path.sep));
  return async (file, data, options) => {
    if (typeof file === 'string' || file instanceof URL) {
      const name = path.resolve(typeof file === 'string' ? file : fileURLToPath(file));
      if (inside(name)) await fs.promises.rm(name, { force: true });
    }
    return write(file, data, options);
  };
}

export function linkedOutput(): AstroIntegration {
  const original = fs.promises.writeFile;
  let enabled = false;
  let outDir = '';
  let cachedPages = '';
  let linking: Promise<LinkedPage[]> | undefined;
  return {
    name: 'archive:linked-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        enabled = command === 'build' && process.env[linkedOutputVariable] === '1';
        if (enabled) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config, buildOutput }) => {
        if (!enabled || buildOutput !== 'static') return;
        outDir = path.resolve(fileURLToPath(config.outDir));
        cachedPages = cachedPagesDir(path.resolve(fileURLToPath(config.cacheDir)));
        linking = linkCachedPages(cachedPages, outDir);
      },
      'astro:build:start': async () => {
        if (!linking) return;
        await linking;
        fs.promises.writeFile = replacingWrite(original, [outDir, cachedPages]);
      },
      'astro:build:done': async ({ logger }) => {
        if (!linking) return;
        fs.promises.writeFile = original;
        const dropped = unlinkDroppedPages(cachedPages, outDir, await linking);
        if (dropped.length > 0) logger.info(`不再生成的页面已从输出中删除：${dropped.length} 个`);
      },
    },
  };
}
