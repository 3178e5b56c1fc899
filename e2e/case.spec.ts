// Case pages and the trainers' guarantees: passage anchors, copy link, QR codes, no-JS reading, print.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

async function caseIds(request: APIRequestContext): Promise<string[]> {
  const records = (await (await request.get('/data/cases.json')).json()) as Array<{ id: string }>;
  return records.map((record) => record.id);
}

/** The first case page (in cases.json order) that has a passage matching `selector`. */
async function caseWith(page: Page, request: APIRequestContext, selector: string): Promise<string> {
  for (const id of await caseIds(request)) {
    await page.goto(`/cases/${id}/`);
    if ((await page.locator(selector).count()) > 0) return id;
  }
  throw new Error(`no case page has ${selector}`);
}

async function decodeQr(element: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await element.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

const highlight = 'rgb(255, 246, 209)';

test('every case page has title, meta, badges jumping to passages, key figures and anchored passages', async ({
  page,
  request,
}) => {
  for (const id of await caseIds(request)) {
    await page.goto(`/cases/${id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(1);
    const targets = await page
      .locator('.measure-badges a, .key-figures a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const href of targets) await expect(page.locator(`[id="${href.slice(1)}"]`), `${id} ${href}`).toHaveCount(1);
    const passages = page.locator('.case-body .passage');
    expect(await passages.count()).toBeGreaterThan(3);
    const unlinked = await passages.evaluateAll((nodes) =>
      nodes
        .filter((node) => node.querySelector('a.passage-link')?.getAttribute('href') !== `#${node.id}`)
        .map((node) => node.id),
    );
    expect(unlinked, `${id}: passages without their own link`).toEqual([]);
    await expect(page.locator('a[href^="/sources/"]')).toHaveCount(1);
  }
});

test('a measure badge jumps to the first passage tagged with it', async ({ page, request }) => {
  const id = await caseWith(page, request, '.measure-badges a');
  const badge = page.locator('.measure-badges a').first();
  const anchor = (await badge.getAttribute('href'))!.slice(1);
  await badge.click();
  await expect(page).toHaveURL(new RegExp(`/cases/${id}/#${anchor}$`));
  await expect(page.locator(`[id="${anchor}"]`)).toHaveAttribute('data-measures', /\S/);
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});

test('arriving at #anchor highlights that passage and no other', async ({ page, request }) => {
  const id = await caseWith(page, request, '.case-body .passage');
  const anchor = await page.locator('.case-body .passage').nth(2).getAttribute('id');
  await page.goto(`/cases/${id}/#${anchor}`);
  const target = page.locator(`[id="${anchor}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toHaveCSS('background-color', highlight);
  await expect(page.locator('.case-body .passage').nth(1)).not.toHaveCSS('background-color', highlight);
});

test('copy link copies the passage URL, and the link itself jumps there', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const id = await caseWith(page, request, '.case-body .turn, .case-body .passage');
  const passage = page.locator('.case-body .passage').nth(3);
  const anchor = await passage.getAttribute('id');
  await passage.getByRole('link', { name: '本段链接（点击复制）' }).click();
  await expect(page).toHaveURL(new RegExp(`#${anchor}$`));
  await expect(page.getByRole('status')).toContainText('已复制本段链接');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname).toBe(`/cases/${id}/`);
  expect(new URL(copied).hash).toBe(`#${anchor}`);
  await expect(passage).toHaveCSS('background-color', highlight);
});

test('the case QR code decodes to the case URL; a passage QR page to the passage URL', async ({ page, request }) => {
  const [id] = await caseIds(request);
  await page.goto(`/cases/${id}/`);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(new RegExp(`^https?://.+/cases/${id}/$`));
  const qr = page.locator('.case-qr [data-qr]');
  await qr.scrollIntoViewIfNeeded();
  const box = await qr.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(200);
  expect(await decodeQr(qr)).toBe(canonical);
  await expect(page.locator('.case-qr')).toContainText(canonical!);

  const passage = page.locator('.case-body .passage').nth(1);
  const anchor = await passage.getAttribute('id');
  await passage.getByRole('link', { name: '本段二维码' }).click();
  await expect(page).toHaveURL(/\/qr\/\?to=/);
  expect(await decodeQr(page.locator('[data-qr]'))).toBe(`${canonical}#${anchor}`);
  await expect(page.locator('[data-qr-url]')).toHaveText(`${canonical}#${anchor}`);
  await expect(page.getByRole('link', { name: '返回案例' })).toHaveAttribute('href', `/cases/${id}/#${anchor}`);
});

test('the projector page shows the case QR code full screen', async ({ page, request }) => {
  const [id] = await caseIds(request);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/cases/${id}/`);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  await page.getByRole('link', { name: '全屏显示二维码（投影用）' }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${id}/qr/$`));
  const qr = page.locator('[data-qr]');
  expect((await qr.boundingBox())!.height).toBeGreaterThanOrEqual(450);
  expect(await decodeQr(qr)).toBe(canonical);
});

test('the on-demand QR page refuses links that are not passages of this archive', async ({ page }) => {
  await page.goto(`/qr/?to=${encodeURIComponent('https://evil.example/')}`);
  await expect(page.locator('[data-qr] svg')).toHaveCount(0);
  await expect(page.locator('.qr-invalid')).toBeVisible();
});

test('reading needs no JavaScript', async ({ browser, request }) => {
  const [id] = await caseIds(request);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/cases/${id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.case-body .passage').first()).toBeVisible();
  await expect(page.locator('.case-qr svg')).toBeVisible();
  await context.close();
});

test('the case page carries citation and share metadata', async ({ page, request }) => {
  const [id] = await caseIds(request);
  await page.goto(`/cases/${id}/`);
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  for (const name of [
    'citation_title',
    'citation_date',
    'citation_publisher',
    'DC.title',
    'DC.date',
    'DC.publisher',
    'DC.identifier',
  ]) {
    await expect(page.locator(`meta[name="${name}"]`), name).toHaveAttribute('content', /\S/);
  }
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', new RegExp(`^${title}`));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect((await request.get(new URL(image!).pathname)).status()).toBe(200);
  await expect(page.locator('.cite .reference')).toContainText(/\[(EB|N)\/OL\]/);
});

test('the raw source link serves the source as UTF-8 text', async ({ page, request }) => {
  const [id] = await caseIds(request);
  await page.goto(`/cases/${id}/`);
  const href = await page.locator('a[href^="/sources/"]').getAttribute('href');
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('charset=utf-8');
  expect(await response.text()).toContain(
    (await page.getByRole('heading', { level: 1 }).textContent())!.split(/\s/)[0]!,
  );
});

test('printing gives a handout: no navigation, measures and figures first, QR and URL last', async ({
  page,
  request,
}) => {
  const [id] = await caseIds(request);
  await page.goto(`/cases/${id}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.passage-aside').first()).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const qr = page.locator('.case-qr svg');
  await expect(qr).toBeVisible();
  await expect(page.locator('.case-qr .qr-url')).toBeVisible();
  // QR code and URL are the last visible things on the handout.
  const lastVisible = await page.evaluate(() => {
    const visible = [...document.querySelectorAll('main *')].filter(
      (node) => (node as HTMLElement).offsetParent !== null && node.textContent?.trim(),
    );
    return visible.at(-1)?.closest('section')?.className ?? '';
  });
  expect(lastVisible).toContain('case-qr');
});

test('the case page is usable at 375 px without sideways scrolling', async ({ page, request }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const id of await caseIds(request)) {
    await page.goto(`/cases/${id}/`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, id).toBeLessThanOrEqual(0);
  }
});

test('case pages and QR pages pass axe (WCAG 2 AA)', async ({ page, request }) => {
  const [id] = await caseIds(request);
  for (const path of [`/cases/${id}/`, `/cases/${id}/qr/`, `/qr/?to=${encodeURIComponent(`/cases/${id}/`)}`]) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(
      violations.map((violation) => `${path} ${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`),
    ).toEqual([]);
  }
});
