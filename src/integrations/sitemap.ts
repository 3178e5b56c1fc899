import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { isIndexable, sitemapXml } from '../utils/sitemap.ts';

/**
 * Writes `sitemap.xml` after the build: every HTML page Astro generated, whoever's route made
 * it, except pages marked noindex or redirecting (404, redirects, tombstones).
 */
export function sitemap(): AstroIntegration {
  let site = '';
  return {
    name: 'archive-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const urls = pages
          .map(({ pathname }) => pathname)
          .filter((pathname) => {
            const file = path.join(outDir, pathname, 'index.html');
            return existsSync(file) && isIndexable(readFileSync(file, 'utf8'));
          })
          .sort()
          .map((pathname) => new URL(pathname, site).href);
        writeFileSync(path.join(outDir, 'sitemap.xml'), sitemapXml(urls));
        logger.info(`sitemap.xml: ${urls.length} 个页面`);
      },
    },
  };
}
