import { expect, test, type APIRequestContext } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';

interface MeasureRecord {
  id: string;
  name: string;
  cases: Array<{ id: string; passages: string[] }>;
}

async function measures(request: APIRequestContext): Promise<MeasureRecord[]> {
  const response = await request.get('/data/measures.json');
  expect(response.status()).toBe(200);
  return (await response.json()) as MeasureRecord[];
}

test('/data/measures.json validates against /data/measures.schema.json', async ({ request }) => {
  const schema = (await (await request.get('/data/measures.schema.json')).json()) as Record<string, unknown>;
  const records = await measures(request);
  const validate = new Ajv2020({ strict: false }).compile(schema);
  expect(validate(records), JSON.stringify(validate.errors)).toBe(true);
  expect(records.length).toBeGreaterThanOrEqual(15);
  expect(records.some((record) => record.cases.length > 0)).toBe(true);
});

test('/measures/ lists every measure by category with case and region counts', async ({ page, request }) => {
  const records = await measures(request);
  await page.goto('/measures/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('改革举措');
  for (const record of records) {
    await expect(page.getByRole('link', { name: record.name, exact: true })).toHaveAttribute(
      'href',
      `/measures/${record.id}/`,
    );
  }
  const practised = records.find((record) => record.cases.length > 0)!;
  const item = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: practised.name, exact: true }) });
  await expect(item).toContainText(`${practised.cases.length} 个案例`);
});

test('a measure page lists its passages, each linking to the anchor on its case page', async ({ page, request }) => {
  const record = (await measures(request)).find((candidate) => candidate.cases.length > 0)!;
  await page.goto(`/measures/${record.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(record.name);
  const first = record.cases[0]!;
  const link = page.locator(`a[href="/cases/${first.id}/#${first.passages[0]}"]`).first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/cases/${first.id}/#${first.passages[0]}$`));
  await expect(page.locator(`[id="${first.passages[0]}"]`)).toBeInViewport();
  await expect(page.locator(`[id="${first.passages[0]}"]`)).toHaveAttribute(
    'data-measures',
    new RegExp(`\\b${record.id}\\b`),
  );
});

test('clicking a matrix cell lands on the passages of that region and measure', async ({ page }) => {
  await page.goto('/compare/');
  const cell = page.locator('.matrix tbody td a').first();
  const label = (await cell.getAttribute('aria-label')) ?? '';
  const count = Number(await cell.textContent());
  const [region, measure] = label.split('：')[0]!.split(' · ');
  await cell.click();
  await expect(page).toHaveURL(/\/measures\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${region} · ${measure}`);
  await expect(page.getByText(new RegExp(`全部 ${count} 段原文`))).toBeVisible();
  const passages = page.locator('main ol a[href*="/cases/"]');
  expect(await passages.count()).toBeGreaterThanOrEqual(Math.min(count, 6));
  for (const href of await passages.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).toMatch(/^\/cases\/[a-z0-9-]+\/#[\w-]+$/);
  }
});

test('the matrix fits a 375 px phone: the page does not scroll sideways, the table does, by keyboard too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/compare/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const scroller = page.getByRole('region', { name: '各地区做了哪些改革举措（格中为段落数）' });
  await scroller.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  const regionCell = page.locator('.matrix tbody th').first();
  const before = await regionCell.boundingBox();
  await scroller.evaluate((element) => element.scrollBy(200, 0));
  expect((await regionCell.boundingBox())?.x).toBe(before?.x);
});

test('the matrix prints on one landscape page', async ({ page }) => {
  await page.goto('/compare/');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
  const [, width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/.exec(pdf.toString('latin1')) ?? [];
  expect(Number(width)).toBeGreaterThan(Number(height));
});
