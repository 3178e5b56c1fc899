// The handout kit in Chromium over loopback: a 10-passage handout from 10 cases opened from its
// link in a fresh browser — bytes on the wire and milliseconds from navigation start to the frame
// that paints the handout — and the kit page's own JavaScript.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PassageFile } from '../../src/schemas/passage-file.ts';
import { pageWeight } from './page-weight.ts';
import { medianBy } from './report.ts';
import { countingProxy, withSite } from './search-browser.ts';

export interface KitTiming {
  /** gzip bytes of the JavaScript /kit/ loads. */
  jsKB: number;
  passages: number;
  cases: number;
  /** Median run: bytes served, navigation start to painted handout. */
  kb: number;
  ms: number;
  msRuns: number[];
}

/** `<case>~<anchor>` of the first paragraph of each of the first `count` cases (newest first). */
function handoutRefs(site: string, count: number): string[] {
  const cases = JSON.parse(readFileSync(path.join(site, 'data', 'cases.json'), 'utf8')) as Array<{ id: string }>;
  return cases.slice(0, count).map(({ id }) => {
    const file = JSON.parse(readFileSync(path.join(site, 'data', 'passages', `${id}.json`), 'utf8')) as PassageFile;
    const passage = file.status === 'published' ? file.passages.find((entry) => entry.kind === 'P') : undefined;
    return `${id}~${passage?.anchor ?? ''}`;
  });
}

/** Runs in the page before its scripts: when the handout is in, the end of the frame that paints it. */
function watchHandout(): void {
  const watch = { paintedAt: 0 };
  (window as unknown as { kitWatch: typeof watch }).kitWatch = watch;
  new MutationObserver((_, observer) => {
    if (!document.querySelector('#kit-app[data-ready]')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (watch.paintedAt = performance.now())));
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
}

export function kitTimings(site: string, passages = 10, runs = 3): Promise<KitTiming> {
  const refs = handoutRefs(site, passages);
  const query = `?t=${encodeURIComponent('基准讲义')}&p=${refs.join(',')}`;
  return withSite(site, async (browser, direct) => {
    const proxy = await countingProxy(direct);
    const measured: Array<{ kb: number; ms: number }> = [];
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      await page.addInitScript(watchHandout);
      const before = proxy.served();
      await page.goto(`${proxy.url}kit/${query}`);
      await page.waitForFunction(
        () => (window as unknown as { kitWatch: { paintedAt: number } }).kitWatch.paintedAt > 0,
      );
      const ms = await page.evaluate(
        () => (window as unknown as { kitWatch: { paintedAt: number } }).kitWatch.paintedAt,
      );
      const shown = await page.locator('.kit-entry .kit-text:not(.kit-tombstone)').count();
      if (shown !== refs.length) throw new Error(`/kit/ showed ${shown} of ${refs.length} passages`);
      await page.waitForLoadState('networkidle');
      measured.push({ kb: (proxy.served() - before) / 1024, ms });
      await context.close();
    }
    proxy.close();
    const median = medianBy(measured, (entry) => entry.ms)!;
    return {
      jsKB: (pageWeight(site, 'kit', '/kit/')?.js ?? 0) / 1024,
      passages: refs.length,
      cases: new Set(refs.map((ref) => ref.split('~')[0])).size,
      kb: median.kb,
      ms: median.ms,
      msRuns: measured.map((entry) => entry.ms),
    };
  });
}
