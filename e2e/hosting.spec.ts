// What a static host must do for the archive, checked on every server the specs run against
// (playwright.config.ts: `npm start`'s Node server, and real nginx with deploy/nginx.conf).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { isGzipOnDisk } from '../src/pagefind/serving.ts';

const site = path.resolve(process.env['ARCHIVE_OUT_DIR'] ?? 'dist');
const longCache = /max-age=31536000\b.*immutable/;

function bundleFiles(): string[] {
  const { bundle } = JSON.parse(readFileSync(path.join(site, 'pagefind/manifest.json'), 'utf8')) as { bundle: string };
  const folder = path.join(site, bundle);
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).map(
    (file) => `${bundle}${file.split(path.sep).join('/')}`,
  );
}

test("Pagefind's files go out as the gzip bytes on disk, said to be gzip, cached for a year", async ({ request }) => {
  const files = bundleFiles().filter(isGzipOnDisk);
  expect(files.length).toBeGreaterThan(3);
  for (const file of [
    files.find((name) => name.endsWith('.pf_meta'))!,
    files.find((name) => name.endsWith('.pf_fragment'))!,
  ]) {
    const response = await request.get(file, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status(), file).toBe(200);
    expect(response.headers()['content-encoding'], file).toBe('gzip');
    expect(response.headers()['cache-control'], file).toMatch(longCache);
    // The client has inflated the body: it must be what gunzip makes of the file on disk.
    expect((await response.body()).equals(gunzipSync(readFileSync(path.join(site, file)))), file).toBe(true);
  }
});

test('hashed assets are cached for a year; HTML, data and the search manifest are revalidated', async ({
  request,
  page,
}) => {
  await page.goto('/search/');
  const assetUrl = await page.locator('script[src^="/_astro/"]').first().getAttribute('src');
  expect((await request.get(assetUrl!)).headers()['cache-control']).toMatch(longCache);
  for (const url of ['/', '/cases/', '/search/', '/data/cases.json', '/pagefind/manifest.json']) {
    const response = await request.get(url);
    if (response.status() === 404) continue;
    expect(response.headers()['cache-control'], url).toBe('no-cache');
  }
  const html = await request.get('/search/');
  expect(html.headers()['content-type']).toMatch(/^text\/html; charset=utf-8/i);
  const csv = await request.get('/data/cases.csv');
  expect(csv.headers()['content-type']).toMatch(/^text\/csv; charset=utf-8/i);
});

test('an unknown path answers 404 with the archive’s own 404 page', async ({ request }) => {
  for (const url of ['/no-such-page/', '/cases/no-such-case/', '/_astro/missing.js', '/pagefind/missing.pf_meta']) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
    expect(await response.text(), url).toContain('找不到这个页面');
  }
});

test('the 404 page answers an unknown address in Chinese with search and the indexes', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
  const indexes = page.getByRole('navigation', { name: '目录' });
  for (const href of ['/', '/regions/', '/measures/', '/compare/'])
    await expect(indexes.locator(`a[href="${href}"]`)).toHaveCount(1);
});
