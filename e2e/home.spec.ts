import { expect, test } from '@playwright/test';

test('home page shows the archive in Chinese', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工会改革案例库');
  await expect(page.getByRole('search')).toBeVisible();
});

test('the Pagefind search bundle is served where its manifest says', async ({ request }) => {
  // The search page learns from this manifest, without a 404 first, where the bundle is (a folder
  // named by its content), that the six sample cases hold no Traditional text (queries are then
  // searched in Simplified), and the pairs on most pages, most frequent first (工会 leads in every
  // sample of the archive).
  const listed = await request.get('/pagefind/manifest.json');
  expect(listed.status()).toBe(200);
  const manifest = (await listed.json()) as { bundle: string; traditional: boolean; frequentPairs: string[] };
  expect(manifest.bundle).toMatch(/^\/pagefind\/[0-9a-f]{10}\/$/);
  expect(manifest.traditional).toBe(false);
  expect(manifest.frequentPairs).toHaveLength(300);
  expect(manifest.frequentPairs[0]).toBe('工会');
  const script = await request.get(`${manifest.bundle}pagefind.js`);
  expect(script.status()).toBe(200);
  expect(script.headers()['content-type']).toContain('javascript');
  expect(await script.text()).toContain('pagefind');
  const entry = (await (await request.get(`${manifest.bundle}pagefind-entry.json`)).json()) as {
    languages: Record<string, { page_count: number }>;
  };
  expect(Object.keys(entry.languages)).toEqual(['en']);
  expect(entry.languages['en']!.page_count).toBeGreaterThan(6);
});
