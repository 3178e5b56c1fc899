// A case whose region is unknown (region: null), on a small archive built here from the links
// fixture plus one such case: 地区不详 on its page and in lists, on no region page, null place
// fields in the data files (every field kept), its own group on the measure page and the matrix.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { resultsReady } from '../scripts/lib/search-page.ts';
import { buildArchive, serveSite } from './serve-site.ts';

const caseId = 'mouxian-songwennuan';
let close: () => Promise<void> = async () => {};
let site: string;
let work: string;

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async ({}, testInfo) => {
  // The build runs in the hook, which the file's test timeout does not cover, and may wait for
  // another spec's build (serve-site.ts): give it its own.
  test.setTimeout(600_000);
  work = mkdtempSync(path.join(tmpdir(), 'unknown-region-'));
  const content = path.join(work, 'content');
  cpSync(path.resolve('e2e/fixtures/links-site/content'), content, { recursive: true });
  cpSync(path.resolve(`e2e/fixtures/unknown-region/${caseId}.mdx`), path.join(content, 'cases', `${caseId}.mdx`));
  const result = buildArchive(content, path.join(work, 'dist'), path.join(work, 'cache'));
  expect(result.status, result.stderr + result.stdout).toBe(0);
  ({ url: site, close } = await serveSite(path.join(work, 'dist'), testInfo));
});

test.afterAll(async () => {
  await close();
  rmSync(work, { recursive: true, force: true });
});

test('the case page says 地区不详, linking to no region page', async ({ page }) => {
  await page.goto(`${site}cases/${caseId}/`);
  const meta = page.locator('.case-meta');
  await expect(meta).toContainText('地区不详');
  await expect(meta.getByRole('link', { name: '地区不详' })).toHaveCount(0);
  await expect(meta.locator('a[href^="/regions/"]')).toHaveCount(0);
});

test('no region page is made for it; /regions/ lists it under 地区不详', async ({ page }) => {
  expect(readdirSync(path.join(work, 'dist/regions')).sort()).toEqual(['index.html', 'shunyi', 'taizhou']);
  await page.goto(`${site}regions/`);
  const section = page.locator('#unknown');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('地区不详的案例（1）');
  await expect(section.getByRole('link', { name: '县总工会把温暖送到一线' })).toHaveAttribute(
    'href',
    `/cases/${caseId}/`,
  );
  await expect(section.locator('.meta')).toContainText('地区不详 · 2024 年');
});

test('the data files keep every field, the place fields null (CSV: empty)', () => {
  const cases = JSON.parse(readFileSync(path.join(work, 'dist/data/cases.json'), 'utf8')) as Array<
    Record<string, unknown>
  >;
  const unknown = cases.find((record) => record['id'] === caseId);
  const known = cases.find((record) => record['id'] === 'taizhou-sige-jiafa');
  expect(Object.keys(unknown ?? {})).toEqual(Object.keys(known ?? {}));
  expect(unknown).toMatchObject({ region: null, city: null, province: null, year: 2024 });
  const passages = JSON.parse(readFileSync(path.join(work, `dist/data/passages/${caseId}.json`), 'utf8'));
  expect(passages).toMatchObject({ status: 'published', region: null, province: null });
  const row = readFileSync(path.join(work, 'dist/data/cases.csv'), 'utf8')
    .split('\r\n')
    .find((line) => line.startsWith(`${caseId},`));
  expect(row).toContain(',县总工会把温暖送到一线,,,,,,2024,');
});

test('the measure page lists it under 地区不详, after the regions, with no per-region page', async ({ page }) => {
  await page.goto(`${site}measures/party-building-leads-union/`);
  const groups = page.locator('section.region h3');
  await expect(groups.last()).toContainText('地区不详');
  await expect(page.locator('#region-unknown').getByRole('link', { name: '县总工会把温暖送到一线' })).toBeVisible();
  await expect(page.locator('.summary')).toContainText('2 个地区');
  expect(existsSync(path.join(work, 'dist/measures/party-building-leads-union/null'))).toBe(false);
});

test('the compare matrix has a 地区不详 row whose cell opens that group of the measure page', async ({ page }) => {
  await page.goto(`${site}compare/`);
  const row = page.locator('tbody tr').last();
  await expect(row.locator('th')).toHaveText('地区不详');
  await expect(row.locator('th a')).toHaveCount(0);
  await row.locator('td a').first().click();
  await expect(page).toHaveURL(/\/measures\/party-building-leads-union\/#region-unknown$/);
});

test('a search result says 地区不详 for it, and a region filter leaves it out', async ({ page }) => {
  await page.goto(`${site}search/?q=${encodeURIComponent('困难职工')}`);
  await page.locator(resultsReady).first().waitFor();
  const result = page.locator('.search-result').filter({ hasText: '县总工会把温暖送到一线' });
  await expect(result.locator('.search-meta')).toHaveText('地区不详 · 2024年');
  await page.goto(`${site}search/?q=${encodeURIComponent('工会')}&region=${encodeURIComponent('台州市')}`);
  await page.locator(resultsReady).first().waitFor();
  await expect(page.locator('.search-result').filter({ hasText: '县总工会把温暖送到一线' })).toHaveCount(0);
});

test('the pages that show it have no WCAG 2 AA violations (axe)', async ({ page }) => {
  for (const url of [`cases/${caseId}/`, 'regions/', 'measures/party-building-leads-union/', 'compare/']) {
    await page.goto(`${site}${url}`);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(results.violations.map((violation) => `${url}: ${violation.id}`)).toEqual([]);
  }
});
