// npm run eval:search — builds nothing: serves the built site (dist/ or ARCHIVE_OUT_DIR), types
// each query of e2e/fixtures/search/queries.json (or EVAL_QUERIES, a file of the same shape) into
// the site's own /search/ page in Chromium, and prints recall and precision@5 per query and in
// total (exit 1 below the targets). Relevance is judged from the case's indexed text and the
// site's public measure data (scripts/lib/search-eval.ts relevanceJudge), not by the ranking's rule.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { manifestPath } from '../src/utils/search/index-manifest.ts';
import { unpairText } from '../src/utils/search/pairs.ts';
import { launchChromium } from './lib/chromium.ts';
import {
  isNarrowerTerm,
  pooledPrecision,
  relevanceJudge,
  resolveCaseKeys,
  scoreQuery,
  type CaseIdentity,
  type EvalCaseSpec,
  type PublishedMeasure,
  type QueryScore,
} from './lib/search-eval.ts';
import { resultLinks, resultsReady } from './lib/search-page.ts';
import { serveStatic } from './lib/static-server.ts';
import { outDir } from '../src/integrations/paths.ts';

const targets = { recall: 1, precision: 0.95 };
const fixtures = path.resolve('e2e/fixtures/search');
if (!existsSync(path.join(outDir, 'search', 'index.html')) || !existsSync(path.join(outDir, 'pagefind'))) {
  console.error(
    `${path.relative('.', outDir) || outDir}/ 里没有构建好的搜索页或索引。先运行 npm run build（或设置 ARCHIVE_OUT_DIR 指向构建目录）。`,
  );
  process.exit(2);
}
const queries = (
  JSON.parse(readFileSync(process.env['EVAL_QUERIES'] ?? path.join(fixtures, 'queries.json'), 'utf8')) as {
    queries: Array<{ q: string; expect: string[] }>;
  }
).queries;
const specs = (
  JSON.parse(readFileSync(path.join(fixtures, 'cases.json'), 'utf8')) as { cases: Record<string, EvalCaseSpec> }
).cases;

const { server, url } = await serveStatic(outDir);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const records = (await (await fetch(new URL('data/cases.json', url))).json()) as CaseIdentity[];
  const measures = (await (await fetch(new URL('data/measures.json', url))).json()) as PublishedMeasure[];
  const keyToId = resolveCaseKeys(specs, records);
  const idToKey = new Map([...keyToId].map(([key, id]) => [id, key]));
  await page.goto(new URL('search/', url).href);
  // What the index holds for each case: its text.
  const indexed: Array<{ url: string; content: string }> = await page.evaluate(async (manifest) => {
    const { bundle } = await (await fetch(manifest)).json();
    const pagefind = await import(/* @vite-ignore */ `${location.origin}${bundle}pagefind.js`);
    const search = await pagefind.search(null, { filters: { kind: 'case' } });
    return Promise.all(
      search.results.map(async (result: { data(): Promise<{ url: string; content: string }> }) => {
        const data = await result.data();
        return { url: data.url, content: data.content };
      }),
    );
  }, manifestPath);
  const caseIdOf = (href: string) => /\/cases\/([^/?#]+)\//.exec(new URL(href, url).pathname)?.[1] ?? href;
  const textById = new Map(indexed.map((entry) => [caseIdOf(entry.url), unpairText(entry.content)]));
  const relevant = relevanceJudge(measures);

  const scores: Array<QueryScore & { narrower: boolean }> = [];
  for (const { q, expect } of queries) {
    await page.goto(new URL(`search/?q=${encodeURIComponent(q)}`, url).href);
    // Ready, or failed: the status line then says the search is unavailable (search.error).
    await page.waitForFunction(
      (ready) =>
        document.querySelector(ready) !== null ||
        document.querySelector('#search-app [data-region="status"]')?.textContent?.includes('无法'),
      resultsReady,
    );
    const returned = (
      await page.locator(resultLinks).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))
    ).map(caseIdOf);
    // Nothing says the query: the page shows cases sharing part of it (rank.ts “related”), and says so.
    const partial =
      (await page.locator('.search-results').count()) > 0 &&
      (await page.locator('.search-status').textContent())?.startsWith('没有找到与');
    const expected = expect.map((key) => keyToId.get(key) ?? key);
    const score = {
      ...scoreQuery(expected, returned, (id) => relevant(q, id, textById.get(id) ?? '')),
      narrower: isNarrowerTerm(measures, q),
    };
    scores.push(score);
    const shown =
      returned
        .slice(0, 5)
        .map((id) => idToKey.get(id) ?? id)
        .join(', ') || '（无结果）';
    const precision = score.judged ? (score.relevant / score.judged).toFixed(2) : '—';
    console.log(
      `${score.recalled ? '✓' : '✗'} ${q}${score.narrower ? '（下位词）' : ''}${partial ? '（无完全一致的结果，列出部分字词相同的案例）' : ''}\trecall ${score.recalled ? 1 : 0}  precision@5 ${precision}  → ${shown}${score.missing.length ? `  缺少 ${score.missing.map((id) => idToKey.get(id) ?? id).join(', ')}` : ''}`,
    );
  }
  const recall = scores.filter((score) => score.recalled).length / scores.length;
  const precision = pooledPrecision(scores);
  const narrower = scores.filter((score) => score.narrower);
  console.log(
    `\n总计 ${scores.length} 个查询：recall ${(recall * 100).toFixed(0)} %（目标 100 %），precision@5 ${precision.toFixed(2)}（目标 ≥ ${targets.precision}）` +
      (narrower.length > 0
        ? `；其中 ${narrower.length} 个下位词查询 precision@5 ${pooledPrecision(narrower).toFixed(2)}`
        : ''),
  );
  process.exitCode = recall >= targets.recall && precision >= targets.precision ? 0 : 1;
} finally {
  await browser.close();
  server.close();
}
