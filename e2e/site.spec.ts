// Browsing pages and public data: home, region index and pages, 404, data files, feed, sitemap.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { documentedCaseFields as documentedFields } from '../src/schemas/__fixtures__/documented-fields.ts';

interface CaseRecord {
  id: string;
  url: string;
  title: string;
  region: string | null;
  province: string | null;
  year: number | null;
  measures: string[];
  figures: Array<{ passage: string }>;
}

async function cases(request: APIRequestContext): Promise<CaseRecord[]> {
  return (await (await request.get('/data/cases.json')).json()) as CaseRecord[];
}

async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
}

async function regionPaths(request: APIRequestContext): Promise<string[]> {
  return (await sitemapPaths(request)).filter((path) => /^\/regions\/[^/]+\/$/.test(path));
}

/** Case links of a paginated list, following its 下一页 links to the end. */
async function listedCaseLinks(page: Page, path: string): Promise<Array<{ title: string; href: string }>> {
  const links: Array<{ title: string; href: string }> = [];
  let next: string | null = path;
  while (next) {
    await page.goto(next);
    links.push(
      ...(await page
        .locator('main .case-list .title a')
        .evaluateAll((anchors) =>
          anchors.map((anchor) => ({ title: anchor.textContent ?? '', href: anchor.getAttribute('href') ?? '' })),
        )),
    );
    next = await page
      .locator('nav[aria-label="分页"] a[rel="next"]')
      .getAttribute('href', { timeout: 1000 })
      .catch(() => null);
  }
  return links;
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe('home page', () => {
  test('says what the archive is and offers a search box', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('工会改革案例库');
    await expect(page.locator('.intro .lead')).toContainText('工会改革');
    await expect(page.getByRole('search')).toHaveCount(1);
    const search = page.getByRole('main').getByRole('search');
    await expect(search.getByRole('searchbox')).toHaveAttribute('name', 'q');
    await expect(search).toHaveAttribute('action', '/search/');
  });

  test('lists the newest cases first, as in cases.json, each linking to its page', async ({ page, request }) => {
    const records = await cases(request);
    await page.goto('/');
    const latest = page.getByRole('region', { name: '最新案例' });
    const links = latest.locator('.case-list h3 a');
    await expect(links).toHaveCount(Math.min(records.length, 12));
    const years = records.map((record) => record.year);
    expect(years).toEqual([...years].sort((a, b) => (b ?? 0) - (a ?? 0)));
    for (const [index, record] of records.slice(0, 12).entries()) {
      await expect(links.nth(index)).toHaveText(record.title);
      await expect(links.nth(index)).toHaveAttribute('href', `/cases/${record.id}/`);
    }
    for (const year of new Set(years)) {
      const [label, slug] = year === null ? ['年份不详', 'unknown'] : [`${year} 年`, String(year)];
      await expect(latest.getByRole('link', { name: label })).toHaveAttribute('href', `/years/${slug}/`);
    }
  });

  test('shows measures by category, linking to measure pages', async ({ page }) => {
    await page.goto('/');
    const section = page.getByRole('region', { name: '改革举措' });
    const measureLinks = section.locator('a[href^="/measures/"]:not([href="/measures/"])');
    expect(await measureLinks.count()).toBeGreaterThan(0);
    await expect(section.locator('h3').first()).not.toBeEmpty();
  });

  test('the cartogram has one tile per province; provinces with cases link to their regions', async ({
    page,
    request,
  }) => {
    const records = await cases(request);
    await page.goto('/');
    const cartogram = page.getByRole('figure', { name: '案例来自哪里' });
    await expect(cartogram.locator('svg .tile')).toHaveCount(34);
    const provinces = new Set(records.map((record) => record.province));
    // One linked tile per province listed beside the map, and every province with cases among them.
    await expect(cartogram.locator('svg a.tile')).toHaveCount(await cartogram.locator('dt').count());
    for (const province of provinces) {
      await expect(cartogram.locator(`svg a[aria-label*="个案例：${province}，"]`)).toHaveAttribute(
        'href',
        /^\/regions\/#province-\d+$/,
      );
    }
    // Each province with regions lists them as links.
    for (const record of records) {
      await expect(cartogram.locator('dd a', { hasText: record.region! }).first()).toHaveAttribute(
        'href',
        /^\/regions\/[a-z0-9-]+\/$/,
      );
    }
  });

  test('a tile leads to its province on the region index', async ({ page }) => {
    await page.goto('/');
    const tile = page.locator('svg a.tile').first();
    // The label reads "北京 5 个案例：北京市，3 个地区": the province's full name follows the colon.
    const province = (await tile.getAttribute('aria-label'))!.split('：')[1]!.split('，')[0]!;
    await tile.click();
    await expect(page).toHaveURL(/\/regions\/#province-\d+$/);
    await expect(page.locator('section:target h2')).toHaveText(province);
  });
});

test.describe('regions', () => {
  test('the index lists every region page by province', async ({ page, request }) => {
    const paths = await regionPaths(request);
    expect(paths.length).toBeGreaterThan(0);
    await page.goto('/regions/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('地区');
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '地区' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    for (const path of paths) await expect(page.locator(`main section a[href="${path}"]`)).toHaveCount(1);
  });

  test('every case appears on its region page, with province → region shown', async ({ page, request }) => {
    const records = await cases(request);
    for (const path of await regionPaths(request)) {
      await page.goto(path);
      const name = await page.getByRole('heading', { level: 1 }).textContent();
      const own = records.filter((record) => record.region === name);
      expect(await listedCaseLinks(page, path)).toEqual(
        own.map((record) => ({ title: record.title, href: `/cases/${record.id}/` })),
      );
      await page.goto(path);
      const crumbs = page.getByRole('navigation', { name: '位置' });
      await expect(crumbs.getByRole('link', { name: '地区' })).toHaveAttribute('href', '/regions/');
      await expect(crumbs.locator('[aria-current="page"]')).toHaveText(name!);
      const record = own[0];
      if (record) await expect(page.locator('.facts dd').first()).toContainText(`${record.province}`);
      const measureLinks = await page.locator('main a[href^="/measures/"]').count();
      expect(measureLinks).toBe(new Set(own.flatMap((item) => item.measures)).size);
    }
  });
});

test('a province-level region lists the regions inside it, and they link back up to it', async ({ page }) => {
  await page.goto('/regions/');
  const entry = page.locator('main section li', { hasText: '省级' }).first();
  test.skip((await entry.count()) === 0, 'no province-level region in this archive');
  const name = (await entry.locator('a').textContent())!;
  const href = (await entry.locator('a').getAttribute('href'))!;
  const siblings = entry.locator('xpath=ancestor::section[1]').locator('li a');
  const expected = (await siblings.allTextContents()).filter((text) => text !== name);
  const expectedHrefs = (await siblings.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).filter(
    (link) => link !== href,
  );
  await page.goto(href);
  await expect(page.locator('.facts .inside a')).toHaveText(expected);
  for (const path of expectedHrefs) {
    await page.goto(path!);
    await expect(
      page.getByRole('navigation', { name: '位置' }).getByRole('link', { name, exact: true }),
    ).toHaveAttribute('href', href);
  }
});

test('each year page lists exactly that year’s cases', async ({ page, request }) => {
  const records = await cases(request);
  for (const year of new Set(records.map((record) => record.year))) {
    const own = records.filter((record) => record.year === year);
    const listed = await listedCaseLinks(page, `/years/${year ?? 'unknown'}/`);
    expect(listed).toEqual(own.map((record) => ({ title: record.title, href: `/cases/${record.id}/` })));
  }
});

test.describe('public data', () => {
  test('cases.json validates against cases.schema.json, which requires every documented field', async ({ request }) => {
    const schema = (await (await request.get('/data/cases.schema.json')).json()) as { items: { required: string[] } };
    expect(schema.items.required).toEqual(expect.arrayContaining(documentedFields));
    const records = await cases(request);
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
    expect(validate(records), JSON.stringify(validate.errors)).toBe(true);
    for (const record of records) expect(Object.keys(record)).toEqual(expect.arrayContaining(documentedFields));
  });

  test('cases.json has absolute URLs to real case pages and figures pointing at passages', async ({ request }) => {
    const records = await cases(request);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      const url = new URL(record.url);
      expect(url.pathname).toBe(`/cases/${record.id}/`);
      for (const figure of record.figures) expect(figure.passage).toMatch(/^[a-z]-[a-z0-9]+$/);
    }
  });

  test('cases.csv is UTF-8 with BOM, Chinese headers and one row per case', async ({ request }) => {
    const response = await request.get('/data/cases.csv');
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('编号,网址,标题,引题,副题,地区,城市,省份,年份,作者,原始文件,改革举措,关键数据');
    const records = await cases(request);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(records.map((record) => record.id));
    const metadata = (await (await request.get('/data/cases.csv-metadata.json')).json()) as {
      tableSchema: { columns: Array<{ name: string }> };
    };
    expect(metadata.tableSchema.columns.map((column) => column.name)).toEqual(documentedFields);
  });

  test('the footer links the public data from every page type', async ({ page }) => {
    for (const path of ['/', '/regions/', '/no-such-page/']) {
      await page.goto(path);
      const footer = page.getByRole('contentinfo');
      await expect(footer.locator('a[href="/data/cases.json"]')).toHaveCount(1);
      await expect(footer.locator('a[href="/data/cases.csv"]')).toHaveCount(1);
      await expect(footer.locator('a[href="/feed.xml"]')).toHaveCount(1);
    }
  });
});

test('the RSS feed lists the newest cases with absolute links', async ({ page, request }) => {
  const records = await cases(request);
  const xml = await (await request.get('/feed.xml')).text();
  await page.goto('/');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/feed.xml');
  const items = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) throw new Error('feed.xml is not well-formed XML');
    return [...doc.querySelectorAll('item')].map((item) => ({
      title: item.querySelector('title')?.textContent,
      link: item.querySelector('link')?.textContent,
    }));
  }, xml);
  expect(items).toEqual(records.slice(0, 50).map((record) => ({ title: record.title, link: record.url })));
});

test('the sitemap lists every page with an absolute URL, and each one loads', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc!);
  const paths = locs.map((loc) => new URL(loc).pathname);
  expect(paths).toEqual(expect.arrayContaining(['/', '/regions/']));
  expect(paths).not.toContain('/404/');
  const records = await cases(request);
  const caseUrls = records.map((record) => record.url);
  if ((await request.get(new URL(records[0]!.url).pathname)).ok())
    expect(locs).toEqual(expect.arrayContaining(caseUrls));
  for (const path of paths) expect((await request.get(path)).status(), path).toBe(200);
});

test.describe('every page type', () => {
  const pages = ['/', '/regions/', '/no-such-page/'];

  test('is readable without JavaScript', async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of [...pages, ...(await regionPaths(request)).slice(0, 1)]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await context.close();
  });

  test('fits a 375 px phone without sideways scrolling', async ({ page, request }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const path of [...pages, ...(await regionPaths(request))]) {
      await page.goto(path);
      await expectNoHorizontalScroll(page);
    }
  });

  test('has no WCAG 2 AA violations (axe)', async ({ page, request }) => {
    for (const path of [...pages, ...(await regionPaths(request)).slice(0, 2)]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      expect(
        results.violations.map(
          (violation) => `${path} ${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
        ),
      ).toEqual([]);
    }
  });

  test('a keyboard user gets the skip link first, visibly focused', async ({ page }) => {
    await page.goto('/regions/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
