import { expect, test } from '@playwright/test';

test('home page shows the archive in Chinese', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工会改革案例库');
  await expect(page.getByRole('search')).toBeVisible();
});

test('the Pagefind search bundle is served', async ({ request }) => {
  const response = await request.get('/pagefind/pagefind.js');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('javascript');
  expect(await response.text()).toContain('pagefind');
  // The search page learns which index bundles to merge from this manifest, without a 404 first,
  // that the six sample cases hold no Traditional text (queries are then searched in Simplified),
  // and the pairs on most pages, most frequent first (工会 leads in every sample of the archive).
  const bundles = await request.get('/pagefind/bundles.json');
  expect(bundles.status()).toBe(200);
  const manifest = (await bundles.json()) as { bundles: string[]; traditional: boolean; frequentPairs: string[] };
  expect(manifest).toMatchObject({ bundles: ['/pagefind/'], traditional: false });
  expect(manifest.frequentPairs).toHaveLength(300);
  expect(manifest.frequentPairs[0]).toBe('工会');
});
