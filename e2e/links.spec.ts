// Links that never break, on a small fixture archive (e2e/fixtures/links-site/) built here:
// a renamed case's redirect, a withdrawn case's tombstone, an anchor alias, and the build
// refusing to drop a published URL.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { buildArchive, nginxProject, serveSite } from './serve-site.ts';
import { checkSearchParity } from '../scripts/lib/search-parity.ts';

const fixtureContent = path.resolve('e2e/fixtures/links-site/content');
const highlight = 'rgb(255, 246, 209)';

function build(contentDir: string, outDir: string) {
  return buildArchive(contentDir, outDir, path.join(work, 'cache'));
}

test.describe.configure({ mode: 'serial', timeout: 240_000 });

let close: () => Promise<void> = async () => {};
let site: string;
let work: string;

test.beforeAll(async ({}, testInfo) => {
  // The build runs in the hook, which the file's test timeout does not cover, and may wait for
  // another spec's build (serve-site.ts): give it its own.
  test.setTimeout(600_000);
  work = mkdtempSync(path.join(tmpdir(), 'links-site-'));
  const result = build(fixtureContent, path.join(work, 'dist'));
  expect(result.status, result.stderr + result.stdout).toBe(0);
  ({ url: site, close } = await serveSite(path.join(work, 'dist'), testInfo));
});

test.afterAll(async () => {
  await close();
  rmSync(work, { recursive: true, force: true });
});

test('the search index made from content is the index of the built pages, anchor aliases included', async () => {
  const { pages, differing } = await checkSearchParity(
    path.join(work, 'dist'),
    fixtureContent,
    path.resolve('node_modules/.bin/pagefind'),
  );
  expect(differing).toEqual([]);
  expect(pages.length).toBeGreaterThan(0);
});

test('a renamed case’s old URL redirects to the new one, keeping the passage anchor', async ({ page }) => {
  await page.goto(`${site}cases/shunyi-dadangjian/#p-4kq8x1`);
  await expect(page).toHaveURL(`${site}cases/shunyi-rongru-dadangjian/#p-4kq8x1`);
  await expect(page.locator('#p-4kq8x1')).toHaveCSS('background-color', highlight);
});

test('the redirect keeps ?highlight= too, so a search result’s link still marks the term', async ({ page }) => {
  await page.goto(`${site}cases/shunyi-dadangjian/?highlight=${encodeURIComponent('职工')}#p-4kq8x1`);
  await expect(page).toHaveURL(
    `${site}cases/shunyi-rongru-dadangjian/?highlight=${encodeURIComponent('职工')}#p-4kq8x1`,
  );
  await expect(page.locator('#p-4kq8x1 mark.search-hit').first()).toHaveText('职工');
});

test('the old case’s projector QR page redirects to the new one', async ({ page }) => {
  await page.goto(`${site}cases/shunyi-dadangjian/qr/`);
  await expect(page).toHaveURL(`${site}cases/shunyi-rongru-dadangjian/qr/`);
  await expect(page.locator('[data-qr] svg')).toBeVisible();
});

test('the redirect works without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site}cases/shunyi-dadangjian/`);
  await expect(page).toHaveURL(`${site}cases/shunyi-rongru-dadangjian/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('融入大党建 共下一盘棋');
  await context.close();
});

test('a withdrawn case leaves a tombstone saying when and why', async ({ page }) => {
  await page.goto(`${site}cases/shunyi-old-report/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('案例已撤下');
  await expect(page.getByRole('main')).toContainText('顺义区工会改革情况（旧稿）');
  await expect(page.getByRole('main')).toContainText('2026-03-01');
  await expect(page.getByRole('main')).toContainText('原文与另一案例重复，已合并。');
  await expect(page.getByRole('main').getByRole('search')).toBeVisible();
});

test('a vanished anchor stays as an alias and highlights the passage that replaced it', async ({ page }) => {
  await page.goto(`${site}cases/shunyi-rongru-dadangjian/#p-merged1`);
  const successor = page.locator('#p-4kq8x1');
  await expect(successor).toBeInViewport();
  await expect(successor).toHaveCSS('background-color', highlight);
});

test('the body is the compiled MDX: inline emphasis and the interview’s speakers reach the page', async ({ page }) => {
  await page.goto(`${site}cases/shunyi-rongru-dadangjian/`);
  await expect(page.locator('#p-4kq8x1 strong')).toHaveText('在职职工221人');
  await expect(page.locator('.turn-question .speaker').first()).toHaveText('记者：');
});

test('a case changed after first publication says when it was revised', async ({ page }) => {
  await page.goto(`${site}cases/shunyi-rongru-dadangjian/`);
  await expect(page.locator('.case-meta')).toContainText('修订于 2026-02-01');
  await expect(page.locator('.case-about')).toContainText('首次发布于 2026-01-06');
});

test('the build fails, naming the URL, when a published case would disappear without successor', ({}, testInfo) => {
  test.skip(testInfo.project.name === nginxProject, 'a build check: the same on every server');
  const content = path.join(work, 'content-without-redirect');
  cpSync(fixtureContent, content, { recursive: true });
  rmSync(path.join(content, 'redirects.yaml'));
  const outDir = path.join(work, 'dist-broken');
  const result = build(content, outDir);
  expect(result.status).not.toBe(0);
  expect(result.stdout + result.stderr).toContain('已发布的案例网址 /cases/shunyi-dadangjian/ 将会消失');
  expect(result.stdout + result.stderr).toContain('content/redirects.yaml');
  expect(existsSync(outDir)).toBe(false);
});
