// Property: whatever text a title or a body holds — `<`, `>`, `&`, quotes, `</title>`, `<!--`,
// markup-like strings — the page is found by search and Pagefind gives its title and text back
// exactly as written. Pages escaped as Astro writes them (text: `&` and `<`; attributes: `&` and
// `"`), indexed by the real indexer and Pagefind, searched through Pagefind's runtime in Chromium.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairQuery, unpairText } from '../../src/utils/search/pairs.ts';
import { launchChromium } from './chromium.ts';
import { buildSearchIndex } from './search-index.ts';
import { serveStatic } from './static-server.ts';

const tricky = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '</title>',
  '<!--',
  '-->',
  '<div class="x">',
  '&amp;',
  '&lt;',
  '<meta name=',
  '</p>',
];
const fieldText = fc
  .array(fc.oneof(fc.constantFrom(...tricky), fc.constantFrom('工会', '改革', '职工', '驿站', 'ab', ' ', '1')), {
    minLength: 1,
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&#x3C;');
const escapeAttribute = (text: string) => text.replaceAll('&', '&#38;').replaceAll('"', '&#34;');

/** A term only page `index` holds: its pairs appear nowhere else. */
const marker = (index: number) => `标${'甲乙丙丁戊己庚辛壬癸'[index]}记`;

interface Written {
  title: string;
  body: string;
}

function writePages(site: string, pages: Written[]): void {
  pages.forEach(({ title, body }, index) => {
    const dir = path.join(site, 'cases', `case-${index}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'index.html'),
      `<!DOCTYPE html><html lang="zh-CN"><head><title>${escapeText(title)}</title>` +
        `<meta data-pagefind-meta="title[content]" content="${escapeAttribute(title)}">` +
        `<meta data-pagefind-filter="kind[content]" content="case"></head><body><header>${escapeText(title)}</header>` +
        `<article data-pagefind-body><p>${escapeText(body)}${marker(index)}</p></article></body></html>`,
    );
  });
}

interface Found {
  urls: string[];
  title: string;
  content: string;
}

const searchInPage = `async (bundle, queries) => {
  document.documentElement.lang = 'en';
  const pagefind = await import(bundle + 'pagefind.js');
  const instance = pagefind.createInstance({ basePath: bundle });
  const found = [];
  for (const query of queries) {
    const { results } = await instance.search(query);
    const data = await Promise.all(results.map((result) => result.data()));
    found.push({ urls: data.map((page) => page.url), title: data[0]?.meta.title ?? '', content: data[0]?.content ?? '' });
  }
  return found;
}`;

describe('the search index of pages holding markup-like text', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'index-property-'));
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('finds every page by its text and gives title and text back exactly as written', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ title: fieldText, body: fieldText }), { minLength: 1, maxLength: 10 }),
        async (pages) => {
          const site = path.join(root, String((run += 1)));
          writePages(site, pages);
          const { bundle } = await buildSearchIndex(site, { pagefindBin: path.resolve('node_modules/.bin/pagefind') });
          const { server, url } = await serveStatic(site);
          const page = await browser.newPage();
          try {
            await page.goto(`${url}cases/case-0/`);
            const queries = pages.map((_, index) => pairQuery(marker(index)));
            const found = (await page.evaluate(
              `(${searchInPage})(${JSON.stringify(bundle)}, ${JSON.stringify(queries)})`,
            )) as Found[];
            pages.forEach(({ title, body }, index) => {
              const answer = found[index]!;
              expect(answer.urls).toEqual([`/cases/case-${index}/`]);
              // Pagefind trims meta values and collapses their whitespace.
              expect(answer.title).toBe(title.replace(/\s+/g, ' ').trim());
              // Pagefind collapses whitespace; the pairs chained again give the text as written.
              const squeeze = (text: string) => text.replace(/\s+/g, '');
              expect(squeeze(unpairText(answer.content))).toBe(squeeze(`${body}${marker(index)}`));
            });
          } finally {
            await page.close();
            server.close();
            rmSync(site, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 4 },
    );
  }, 120_000);
});
