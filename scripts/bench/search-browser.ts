// Search in Chromium over loopback, through the site's own /search/ page: bytes transferred and
// milliseconds from the Enter key until its results are painted (on a fresh page, then repeated),
// and whether the development queries still find their cases on a large site.
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium.ts';
import { resolveCaseKeys, type CaseIdentity, type EvalCaseSpec } from '../lib/search-eval.ts';
import { isReady, resultLinks, resultsReady, resultsShown } from '../lib/search-page.ts';
import { serveStatic } from '../lib/static-server.ts';
import { medianBy } from './report.ts';

export interface SearchTiming {
  query: string;
  firstKB: number;
  /** From the Enter key to the painted results (the first ones), measured in the page. */
  firstMs: number;
  /** From the Enter key to the painted complete answer (cases reached through a tag may come later). */
  completeMs: number;
  /** `completeMs` as the automation sees it, its round trips included. */
  firstHarnessMs: number;
  /** `firstMs` of every run; the figures above are the median run's. */
  firstMsRuns: number[];
  repeatKB: number;
  repeatMs: number;
  results: number;
}

export interface QueryCheck {
  query: string;
  expected: string[];
  found: string[];
  ok: boolean;
}

interface ResultWatch {
  /** When the Enter key reached the page (its event's time stamp), 0 before. */
  pressedAt: number;
  /** When the frame showing the first results was painted, 0 before. */
  shownAt: number;
  /** When the frame showing the complete answer was painted, 0 before. */
  completeAt: number;
}

/**
 * Watches the search app, in the page, for newly shown results (or the empty-result message) and
 * for the complete answer: from the moment the Enter key reached the page to the end of the frame
 * that paints them, as a cadre sees it, without the automation's own round trips.
 */
function watchResults({ shown, ready }: { shown: string; ready: string }): void {
  const watch: ResultWatch = { pressedAt: 0, shownAt: 0, completeAt: 0 };
  (window as unknown as { resultWatch: ResultWatch }).resultWatch = watch;
  const app = document.querySelector('#search-app');
  if (!app) return;
  addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter' && !watch.pressedAt) watch.pressedAt = event.timeStamp;
    },
    { capture: true },
  );
  const painted = (stamp: 'shownAt' | 'completeAt') =>
    // Called before the frame's layout and paint; a task queued then runs after them.
    requestAnimationFrame(() => setTimeout(() => (watch[stamp] = performance.now())));
  let seen = false;
  let complete = false;
  new MutationObserver(() => {
    if (!seen && document.querySelector(shown)) [seen] = [true, painted('shownAt')];
    if (!complete && document.querySelector(ready)) [complete] = [true, painted('completeAt')];
  }).observe(app, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
}

/**
 * Types `query` into the loaded search page and submits it (the page searches in place); bytes
 * on the wire (encoded) from the typing on, milliseconds from the Enter key until the results are
 * painted (in the page), and the same as the automation sees it (from sending the key until it
 * has noticed the results: its own round trips and polling included).
 */
async function timedSearch(
  page: Page,
  query: string,
  served: () => number,
): Promise<{ kb: number; ms: number; completeMs: number; harnessMs: number; results: number }> {
  await page.evaluate(watchResults, { shown: resultsShown, ready: resultsReady });
  // Typing may start loading the index (page.ts warmUp): those bytes belong to the first search too.
  const before = served();
  await page.locator('#search-form input[name="q"]').fill(query);
  const started = performance.now();
  await page.locator('#search-form input[name="q"]').press('Enter');
  await page.waitForFunction(
    () => (window as unknown as { resultWatch: ResultWatch }).resultWatch.completeAt > 0,
    undefined,
    { timeout: 60_000 },
  );
  const harnessMs = performance.now() - started;
  const { pressedAt, shownAt, completeAt } = await page.evaluate(
    () => (window as unknown as { resultWatch: ResultWatch }).resultWatch,
  );
  await page.waitForLoadState('networkidle');
  return {
    kb: (served() - before) / 1024,
    ms: shownAt - pressedAt,
    completeMs: completeAt - pressedAt,
    harnessMs,
    results: await page.locator(resultLinks).count(),
  };
}

/**
 * The static server behind a counting proxy: Pagefind fetches from a web worker, which a page's
 * own network events do not see, so the bytes are counted where they leave the server.
 */
export async function countingProxy(target: string): Promise<{ url: string; served: () => number; close: () => void }> {
  let bytes = 0;
  const upstream = new URL(target);
  const proxy = createServer((incoming, outgoing) => {
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
      },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.pipe(outgoing);
      },
    );
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, served: () => bytes, close: () => proxy.close() };
}

export async function withSite<T>(site: string, work: (browser: Browser, base: string) => Promise<T>): Promise<T> {
  const { server, url } = await serveStatic(site);
  const browser = await launchChromium();
  try {
    return await work(browser, url);
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Each query on a freshly loaded search page (cold cache, index not loaded), then once more on
 * it; `runs` rounds of the five, each query's median run reported (this shared machine varies by
 * ±50 ms from run to run), every run's first time kept beside it.
 */
export function searchTimings(site: string, queries: string[], runs = 3): Promise<SearchTiming[]> {
  return withSite(site, async (browser, direct) => {
    const proxy = await countingProxy(direct);
    const measured = new Map<string, SearchTiming[]>(queries.map((query) => [query, []]));
    for (let round = 0; round < runs; round += 1) {
      for (const query of queries) {
        const context = await browser.newContext({ locale: 'zh-CN' });
        const page = await context.newPage();
        await page.goto(`${proxy.url}search/`);
        await page.waitForLoadState('networkidle');
        const first = await timedSearch(page, query, proxy.served);
        const repeat = await timedSearch(page, query, proxy.served);
        measured.get(query)!.push({
          query,
          firstKB: first.kb,
          firstMs: first.ms,
          completeMs: first.completeMs,
          firstHarnessMs: first.harnessMs,
          firstMsRuns: [],
          repeatKB: repeat.kb,
          repeatMs: repeat.ms,
          results: first.results,
        });
        await context.close();
      }
    }
    proxy.close();
    return [...measured.values()].map((timings) => ({
      ...medianBy(timings, (timing) => timing.firstMs)!,
      firstMsRuns: timings.map((timing) => timing.firstMs),
    }));
  });
}

export const searchFixtures = path.resolve('e2e/fixtures/search');

/** The development queries' text. */
export function devQueries(fixtures = searchFixtures): string[] {
  return (
    JSON.parse(readFileSync(path.join(fixtures, 'queries.json'), 'utf8')) as { queries: Array<{ q: string }> }
  ).queries.map((query) => query.q);
}

/** The development queries (e2e/fixtures/search): their cases among the first max(3, n) results. */
export function devQueryChecks(site: string, fixtures = searchFixtures): Promise<QueryCheck[]> {
  const { queries } = JSON.parse(readFileSync(path.join(fixtures, 'queries.json'), 'utf8')) as {
    queries: Array<{ q: string; expect: string[] }>;
  };
  const { cases: specs } = JSON.parse(readFileSync(path.join(fixtures, 'cases.json'), 'utf8')) as {
    cases: Record<string, EvalCaseSpec>;
  };
  // The synthetic cases reuse the sources' sentences and file names; the keys name real cases.
  const records = (JSON.parse(readFileSync(path.join(site, 'data', 'cases.json'), 'utf8')) as CaseIdentity[]).filter(
    (record) => !record.id.startsWith('synth-'),
  );
  const keyToId = resolveCaseKeys(specs, records);
  return withSite(site, async (browser, base) => {
    const page = await browser.newPage({ locale: 'zh-CN' });
    const checks: QueryCheck[] = [];
    for (const { q, expect } of queries) {
      await page.goto(`${base}search/?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(isReady, resultsReady, { timeout: 60_000 });
      const hrefs = await page
        .locator(resultLinks)
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
      const found = hrefs
        .map((href) => /\/cases\/([^/]+)\//.exec(href)?.[1] ?? href)
        .slice(0, Math.max(3, expect.length));
      const expected = expect.map((key) => keyToId.get(key) ?? key);
      checks.push({ query: q, expected, found, ok: expected.every((id) => found.includes(id)) });
    }
    return checks;
  });
}
