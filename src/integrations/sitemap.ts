import { closeSync, existsSync, openSync, readSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { isIndexable, sitemapXml } from '../utils/sitemap.ts';

/** The start of an HTML file up to its `</head>`: all isIndexable() needs, without reading 10,000 whole pages. */
function headOf(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(16_384);
    let head = '';
    for (
      let read = readSync(descriptor, chunk);
      read > 0 && !head.includes('</head>');
      read = readSync(descriptor, chunk)
    ) {
      head += chunk.toString('utf8', 0, read);
    }
    return head;
  } finally {
    closeSync(descriptor);
  }
}

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
            return existsSync(file) && isIndexable(headOf(file));
          })
          .sort()
          .map((pathname) => new URL(pathname, site).href);
        writeFileSync(path.join(outDir, 'sitemap.xml'), sitemapXml(urls));
        logger.info(`sitemap.xml: ${urls.length} 个页面`);
      },
    },
  };
}
