// Shards merged into one bundle must answer exactly as one Pagefind run over the same pages,
// through Pagefind's own search runtime in Chromium.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { buildSearchIndex } from '../../scripts/lib/search-index.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

// Lines of the sources, with the meta and filters case pages carry (CaseSearchMeta.astro).
const pages = [
  { text: '职工喷涂技能大赛', measures: '技能竞赛|技能大赛', region: 'shunyi' },
  { text: '职工叉车技能大赛', measures: '技能竞赛', region: 'shunyi' },
  { text: '就是要把职工之家、暖心驿站建', measures: '暖心驿站', region: 'beijing' },
  { text: '整体框架。职工之家和暖心驿站', measures: '暖心驿站|职工之家', region: 'beijing' },
  { text: '暖心驿站”，年内完成设站512', measures: '', region: 'beijing' },
  { text: '货车司机入会，八大员建会', measures: '新就业形态', region: 'taizhou' },
  { text: '2018年，顺义区总工会先后携手区妇联、团区委', measures: '', region: 'shunyi' },
];

function writePages(site: string): void {
  pages.forEach(({ text, measures, region }, index) => {
    const dir = path.join(site, 'cases', `case-${index}`);
    mkdirSync(dir, { recursive: true });
    const meta = [
      `<meta data-pagefind-filter="kind[content]" content="case">`,
      `<meta data-pagefind-filter="region[content]" content="${region}">`,
      `<meta data-pagefind-meta="title[content]" content="案例${index}">`,
      measures ? `<meta data-pagefind-meta="measures[content]" content="${measures}">` : '',
    ].join('');
    writeFileSync(
      path.join(dir, 'index.html'),
      `<!DOCTYPE html><html lang="zh-CN"><head>${meta}</head><body><main data-pagefind-body><p>${text}</p></main></body></html>`,
    );
  });
}

interface Answer {
  url: string;
  words: number[];
  metaFields: string[];
  score: string;
}

const queries: Array<[string | null, Record<string, unknown>]> = [
  ['技能 大赛', {}],
  ['暖心 驿站', {}],
  ['暖心驿站', {}],
  ['职工', { filters: { region: 'beijing' } }],
  ['512', {}],
  [null, { filters: { kind: 'case' } }],
];

/** Runs in the page: Pagefind's runtime from `bundle`, each query, each result's url, positions, meta fields and score. */
const searchInPage = `async (bundle, queries) => {
  // The pair index is searched as a whitespace language (src/client/search/pagefind.ts).
  document.documentElement.lang = 'en';
  const pagefind = await import(bundle + 'pagefind.js');
  const instance = pagefind.createInstance({ basePath: bundle });
  const found = [];
  for (const [query, options] of queries) {
    const { results } = await instance.search(query, options);
    const read = await Promise.all(results.map(async (result) => ({
      url: (await result.data()).url,
      words: result.words,
      metaFields: result.matchedMetaFields ?? [],
      score: result.score.toFixed(5),
    })));
    found.push(read.sort((a, b) => (a.url < b.url ? -1 : 1)));
  }
  return found;
}`;

describe('merged shards', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'merge-bundles-'));
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    rmSync(root, { recursive: true, force: true });
  });

  async function answers(shardSize: number): Promise<Answer[][]> {
    const site = path.join(root, `shards-of-${shardSize}`);
    writePages(site);
    const whole = shardSize >= pages.length;
    const { bundle, shards } = await buildSearchIndex(site, {
      shardSize,
      chunkBytes: 40,
      pagefindBin: path.resolve('node_modules/.bin/pagefind'),
    });
    expect(shards > 1).toBe(!whole);
    // Pagefind's own runtime, with the wait for the index shortened (runtime-script.ts).
    expect(readFileSync(path.join(site, bundle, 'pagefind.js'), 'utf8')).toContain(
      'throw this.initError;}await asyncSleep(4);}',
    );
    cpSync(path.join(site, 'cases', 'case-0', 'index.html'), path.join(site, 'index.html'));
    const { server, url } = await serveStatic(site);
    const page = await browser.newPage();
    try {
      await page.goto(url);
      // Passed as source: the test runner would rewrite a dynamic import() in a function.
      return (await page.evaluate(
        `(${searchInPage})(${JSON.stringify(bundle)}, ${JSON.stringify(queries)})`,
      )) as Answer[][];
    } finally {
      await page.close();
      server.close();
    }
  }

  it('find the same pages, at the same positions, with the same scores as one Pagefind run', async () => {
    const whole = await answers(100);
    const sharded = await answers(2);
    expect(sharded).toEqual(whole);
    // The answers are not empty: words, meta fields and filters all matched.
    expect(whole.map((found) => found.length)).toEqual([2, 3, 2, 2, 1, 7]);
    expect(whole[2]!.every((answer) => answer.metaFields.includes('measures'))).toBe(true);
  }, 60_000);
});
