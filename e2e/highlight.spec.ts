// A case page reached from a search result marks the searched terms (src/client/highlight-terms.ts);
// whatever the address holds, the page never throws.
import { expect, test, type Page } from '@playwright/test';

/** Collects the page's uncaught errors. */
function pageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

async function firstCase(page: Page): Promise<string> {
  const records = (await (await page.request.get('/data/cases.json')).json()) as Array<{ id: string }>;
  return records[0]!.id;
}

test('?highlight= marks the term in the case text and scrolls to the passage named by the anchor', async ({ page }) => {
  const errors = pageErrors(page);
  const id = await firstCase(page);
  await page.goto(`/cases/${id}/`);
  const passage = page.locator('.case-body .passage', { hasText: '工会' }).nth(2);
  const anchor = (await passage.getAttribute('id'))!;
  await page.goto(`/cases/${id}/?highlight=${encodeURIComponent('工会')}#${anchor}`);
  await expect(passage.locator('mark.search-hit').first()).toHaveText('工会');
  await expect(passage).toBeInViewport();
  expect(errors).toEqual([]);
});

const malformed: Array<[string, string]> = [
  ['a malformed escape in the anchor', `?highlight=${encodeURIComponent('工会')}#%E0%A4%A`],
  ['a malformed escape in the term', '?highlight=%E0%A4%A#p-x'],
  ['a lone percent sign', '?highlight=%25#%'],
];

for (const [what, suffix] of malformed) {
  test(`${what} never throws, and the term is still marked where it can be`, async ({ page }) => {
    const errors = pageErrors(page);
    const id = await firstCase(page);
    await page.goto(`/cases/${id}/${suffix}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (suffix.startsWith(`?highlight=${encodeURIComponent('工会')}`))
      await expect(page.locator('mark.search-hit').first()).toBeVisible();
    await page.waitForLoadState('load');
    expect(errors.map((error) => error.message)).toEqual([]);
  });
}
