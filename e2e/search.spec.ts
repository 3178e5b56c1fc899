import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import cases from './fixtures/search/cases.json' with { type: 'json' };
import { resolveCaseKeys, type CaseIdentity } from '../scripts/lib/search-eval.ts';
import { resultLinks, resultsReady } from '../scripts/lib/search-page.ts';

/** The case id an eval key (cases.json) names on the built site. */
async function caseId(request: APIRequestContext, key: string): Promise<string> {
  const records = (await (await request.get('/data/cases.json')).json()) as CaseIdentity[];
  const id = resolveCaseKeys(cases.cases, records).get(key);
  if (!id) throw new Error(`no case for ${key}`);
  return id;
}

function resultLinksOf(page: Page) {
  return page.locator(resultLinks);
}

/** The results that say the query: the list the status line counts (not the tag-only section). */
function sayingResults(page: Page) {
  return page.locator('[data-region="results"] > .search-results > .search-result');
}

/** The number in the status line (找到 N 个案例). */
async function statusCount(page: Page): Promise<number> {
  const text = (await page.locator('[data-region="status"]').textContent()) ?? '';
  return Number(/(\d+) 个案例/.exec(text)?.[1] ?? Number.NaN);
}

async function search(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // A first search loads the index; on a loaded shared machine (and where Pagefind inflates in
  // JavaScript) that took over the default 5 s.
  await expect(page.locator(resultsReady).first()).toBeVisible({ timeout: 15_000 });
}

test('a query shows the expected case first, its passage and the term marked', async ({ page, request }) => {
  const taizhou = await caseId(request, 'taizhou');
  await page.goto('/regions/');
  const header = page.getByRole('banner').getByRole('search');
  await header.getByRole('searchbox').fill('八大员');
  await header.getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=%E5%85%AB%E5%A4%A7%E5%91%98$/);
  await expect(resultLinksOf(page).first()).toHaveAttribute('href', new RegExp(`^/cases/${taizhou}/\\?highlight=.+#`));
  await expect(page.locator('.search-result').first().locator('mark').first()).toHaveText('八大员');
  await resultLinksOf(page).first().click();
  await expect(page.locator('mark.search-hit').first()).toHaveText('八大员');
});

async function hrefs(page: Page, url: string): Promise<Array<string | null>> {
  await search(page, url);
  return resultLinksOf(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
}

test('Traditional characters and a spaced number find the same cases', async ({ page, request }) => {
  const beijing = await caseId(request, 'beijing');
  const traditional = await hrefs(page, '/search/?q=暖心驛站');
  expect(traditional[0]).toMatch(new RegExp(`^/cases/${beijing}/`));
  expect(await hrefs(page, '/search/?q=暖心驿站')).toEqual(traditional);
  const joined = await hrefs(page, '/search/?q=84个');
  expect(joined.length).toBeGreaterThan(0);
  expect(await hrefs(page, '/search/?q=84%20个')).toEqual(joined);
});

test('the script table loads only for a query that may hold Traditional characters', async ({ page }) => {
  const tableRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/search/script-table.json')) tableRequests.push(request.url());
  });
  await search(page, '/search/?q=暖心驿站');
  expect(tableRequests).toEqual([]);
  await search(page, '/search/?q=暖心驛站');
  expect(tableRequests).toHaveLength(1);
});

test('a measure’s name lists the cases tagged with it apart, after those saying it, quoting a tagged passage', async ({
  page,
}) => {
  await search(page, '/search/?q=经费保障');
  const saying = await sayingResults(page).count();
  expect(saying).toBeGreaterThan(0);
  expect(await statusCount(page)).toBe(saying);
  for (const result of await sayingResults(page).all())
    await expect(result.locator('mark').first()).toHaveText('经费保障');
  const section = page.locator('.search-tagged-section');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('同属“经费保障”的案例，原文未出现“经费保障”');
  const taggedOnly = section.locator('.search-result').first();
  await expect(taggedOnly.locator('.search-tagged')).toHaveText('原文未出现“经费保障”；本段标注了改革举措“经费保障”。');
  const excerpt = ((await taggedOnly.locator('.search-excerpt').textContent()) ?? '').replace(/^…|…$/g, '');
  expect(excerpt).not.toContain('经费保障');
  await taggedOnly.getByRole('link').click();
  const passage = page.locator(':target');
  await expect(passage).toHaveAttribute('data-measures', /\bfunding-guarantee\b/);
  expect(excerpt.length).toBeGreaterThan(10);
  await expect(passage).toContainText(excerpt.slice(0, 10));
});

for (const [term, measure] of [
  ['母婴关爱室', '职工之家与暖心驿站等服务阵地'],
  ['三补贴三挂钩', '经费保障'],
  ['楼宇工会', '区域性和行业性联合工会'],
] as const) {
  test(`a narrower term (${term}) lists only the cases that say it and suggests ${measure}`, async ({ page }) => {
    await search(page, `/search/?q=${term}`);
    const saying = await sayingResults(page).count();
    expect(saying).toBeGreaterThan(0);
    expect(await statusCount(page)).toBe(saying);
    await expect(page.locator('.search-tagged-section, .search-tagged')).toHaveCount(0);
    for (const result of await sayingResults(page).all())
      expect((await result.locator('mark').allTextContents()).join('').replace(/[\p{P}\s]/gu, '')).toContain(term);
    const broader = page.locator('.search-broader');
    await expect(broader).toContainText(`“${term}”是改革举措`);
    await expect(broader.getByRole('link', { name: measure })).toHaveAttribute('href', /^\/measures\/[a-z-]+\/$/);
  });
}

test('filter counts say what they count, and count the results the status line counts', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await search(page, '/search/?q=经费保障');
  await expect(page.locator('.search-facets-caption')).toHaveText('括号里是原文出现“经费保障”的案例数');
  const counts = await page.getByRole('group', { name: '地区' }).locator('.count').allTextContents();
  const total = counts.reduce((sum, text) => sum + Number(/(\d+)/.exec(text)?.[1]), 0);
  expect(total).toBe(await sayingResults(page).count());
});

test('a browser without DecompressionStream (Safari before 16.4) gets the same answer from a plain static host', async ({
  page,
  browser,
}) => {
  const usual = await hrefs(page, '/search/?q=三补贴三挂钩');
  expect(usual.length).toBeGreaterThan(1);
  const older = await browser.newPage();
  await older.addInitScript(() => {
    delete (window as { DecompressionStream?: unknown }).DecompressionStream;
  });
  // A host that does not say Pagefind's files are gzip: the page gets the gzip bytes themselves.
  await older.route(/\.(pf_\w+|pagefind)$/, async (route) => {
    const response = await route.fetch({ headers: { ...route.request().headers(), 'accept-encoding': 'identity' } });
    expect(response.headers()['content-encoding']).toBeUndefined();
    await route.fulfill({ response, body: await response.body() });
  });
  expect(await hrefs(older, new URL('/search/?q=三补贴三挂钩', page.url()).href)).toEqual(usual);
  expect(await older.evaluate(() => typeof (window as { DecompressionStream?: unknown }).DecompressionStream)).toBe(
    'undefined',
  );
  await older.close();
});

test('a filter narrows the results, and the URL reproduces the filtered search', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await search(page, '/search/?q=工会');
  const all = await resultLinksOf(page).count();
  expect(all).toBeGreaterThan(1);
  const regions = page.getByRole('group', { name: '地区' });
  const option = regions.getByRole('checkbox').last();
  const label = (await regions.locator('label').last().innerText()).trim();
  const expected = Number(/\((?:至少 )?(\d+)\)$/.exec(label)?.[1]);
  expect(expected).toBeLessThan(all);
  await option.check();
  await expect(resultLinksOf(page)).toHaveCount(expected);
  await expect(page).toHaveURL(/[?&]region=/);
  const shown = await resultLinksOf(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));

  const again = await browser.newPage();
  await search(again, page.url());
  expect(await resultLinksOf(again).evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
    shown,
  );
  await expect(again.getByRole('group', { name: '地区' }).getByRole('checkbox', { checked: true })).toHaveCount(1);
  await again.close();
});

test('no results: a helpful Chinese message with ways on, not a dead end', async ({ page }) => {
  await search(page, '/search/?q=zzqxjw');
  const empty = page.locator('.search-empty');
  await expect(empty.getByRole('heading', { level: 2 })).toHaveText('没有找到与“zzqxjw”相关的案例');
  await expect(empty).toContainText('可以试试');
  await expect(empty.getByRole('link', { name: '浏览全部案例' })).toHaveAttribute('href', '/');
  expect(await empty.locator('.search-suggestions a').count()).toBeGreaterThan(0);
});
