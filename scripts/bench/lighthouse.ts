// Lighthouse (mobile settings, its defaults) on built pages served over loopback, driving the
// system Chromium through chrome-launcher.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, ensureChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';

export interface LighthouseScores {
  type: string;
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Audits that lost points outside performance, e.g. `best-practices: errors-in-console`. */
  failedAudits: string[];
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Scores (0–100) of each `[type, path]` page of `site`. */
export async function lighthouseScores(site: string, pages: Array<[string, string]>): Promise<LighthouseScores[]> {
  const { server, url: base } = await serveStatic(site);
  const chrome = await chromeLauncher.launch({
    chromePath: ensureChromium(),
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  try {
    const scores: LighthouseScores[] = [];
    for (const [type, path] of pages) {
      const url = new URL(path, base).href;
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
      });
      const lhr = result?.lhr;
      const score = (id: string) => Math.round((lhr?.categories[id]?.score ?? 0) * 100);
      const failedAudits = categories
        .filter((category) => category !== 'performance')
        .flatMap((category) =>
          (lhr?.categories[category]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (lhr?.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${category}: ${ref.id}`),
        );
      scores.push({
        type,
        url: path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        failedAudits,
      });
    }
    return scores;
  } finally {
    chrome.kill();
    server.close();
  }
}
