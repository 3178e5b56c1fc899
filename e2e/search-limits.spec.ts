// A query pasted from a whole page is cut at 100 characters with a note; the address and the
// no-result message stay short (a 10 kB query once took ~10 s and was repeated whole).
import { expect, test } from '@playwright/test';

const note = '搜索词太长，只搜索了前 100 个字。';

test('a 10,000-character typed query is searched cut, with a note, and the address stays short', async ({ page }) => {
  await page.goto('/search/');
  const query = '不存在的说法'.repeat(1700);
  await page.getByRole('searchbox').first().fill(query);
  const started = Date.now();
  await page.getByRole('searchbox').first().press('Enter');
  await expect(page.getByText(note)).toBeVisible({ timeout: 15_000 });
  expect(Date.now() - started).toBeLessThan(15_000);
  // Whatever the answer (related pages or none), the message quotes the cut query, not 10,000 characters.
  const message = await page.locator('.search-empty h2, [data-region="status"]').allTextContents();
  expect(message.join('')).toContain('不存在的说法');
  expect(message.join('').length).toBeLessThan(300);
  await expect(page.getByRole('searchbox').first()).toHaveValue(query.slice(0, 100));
  expect(page.url().length).toBeLessThan(2000);
});

test('a linked query over the limit is cut too; one within it gets no note', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('工会'.repeat(60))}`);
  await expect(page.getByText(note)).toBeVisible({ timeout: 15_000 });
  await page.goto(`/search/?q=${encodeURIComponent('工会')}`);
  await expect(page.locator('.search-result').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(note)).toHaveCount(0);
});
