// A handout link outlives renames: made on a fixture archive (e2e/fixtures/links-site/) as it was
// before a case was renamed and a passage merged, it opens the same passages after the redirect
// and the anchor alias are added; a withdrawn or unknown case leaves a line saying so.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { serveStatic } from '../scripts/lib/static-server.ts';
import { shownEntries } from './kit-helpers.ts';
import { buildArchive } from './serve-site.ts';

const fixtureContent = path.resolve('e2e/fixtures/links-site/content');

test.describe.configure({ mode: 'serial', timeout: 240_000 });

let work: string;
const servers: Server[] = [];
const sites: { before: string; after: string } = { before: '', after: '' };

function build(contentDir: string, outDir: string): void {
  const result = buildArchive(contentDir, outDir, path.join(work, `cache-${path.basename(outDir)}`));
  expect(result.status, result.stderr + result.stdout).toBe(0);
}

/** The fixture as it was: the case still under its old id, the merged passage still its own anchor. */
function contentBefore(): string {
  const content = path.join(work, 'content-before');
  cpSync(fixtureContent, content, { recursive: true });
  for (const file of ['redirects.yaml', 'withdrawn.yaml', 'anchor-aliases.yaml'])
    writeFileSync(path.join(content, file), '');
  writeFileSync(path.join(content, 'published.json'), '{ "cases": {} }\n');
  const current = path.join(content, 'cases', 'shunyi-rongru-dadangjian.mdx');
  const text = readFileSync(current, 'utf8')
    .replace('id: shunyi-rongru-dadangjian', 'id: shunyi-dadangjian')
    .replaceAll('p-4kq8x1', 'p-merged1');
  writeFileSync(current, text);
  renameSync(current, path.join(content, 'cases', 'shunyi-dadangjian.mdx'));
  return content;
}

test.beforeAll(async () => {
  // The builds run in the hook, which the file's test timeout does not cover, and may wait for
  // another spec's build (serve-site.ts): give it its own.
  test.setTimeout(600_000);
  work = mkdtempSync(path.join(tmpdir(), 'kit-links-'));
  build(contentBefore(), path.join(work, 'before'));
  build(fixtureContent, path.join(work, 'after'));
  for (const name of ['before', 'after'] as const) {
    const { server, url } = await serveStatic(path.join(work, name));
    servers.push(server);
    sites[name] = url;
  }
});

test.afterAll(() => {
  for (const server of servers) server.close();
  rmSync(work, { recursive: true, force: true });
});

test('a handout link made before a rename and an anchor alias opens the same passages after them', async ({ page }) => {
  await page.goto(
    `${sites.before}kit/?t=${encodeURIComponent('改名前')}&p=shunyi-dadangjian~p-merged1,taizhou-sige-jiafa~p-t0a1b2&n=0~${encodeURIComponent('备注')}`,
  );
  const before = await shownEntries(page);
  expect(before).toHaveLength(2);
  expect(before.every((entry) => entry.text.length > 0 && entry.caseLine.length > 0)).toBe(true);
  const link = new URL(await page.getByLabel('讲义链接').inputValue());

  await page.goto(`${sites.after}${link.pathname.slice(1)}${link.search}`);
  const after = await shownEntries(page);
  expect(after.map(({ text, caseLine, note }) => ({ text, caseLine, note }))).toEqual(
    before.map(({ text, caseLine, note }) => ({ text, caseLine, note })),
  );
  expect(new URL(after[0]!.url).pathname + new URL(after[0]!.url).hash).toBe(
    '/cases/shunyi-rongru-dadangjian/#p-4kq8x1',
  );

  // Taken over for editing, the handout is written under the current names.
  await page.getByRole('button', { name: '编辑' }).click();
  await expect(page.getByLabel('讲义链接')).toHaveValue(
    /p=shunyi-rongru-dadangjian~p-4kq8x1,taizhou-sige-jiafa~p-t0a1b2/,
  );
});

test('a withdrawn case, an unknown case and a vanished passage each leave a line, never a blank', async ({ page }) => {
  await page.goto(
    `${sites.after}kit/?p=shunyi-old-report~p-x,no-such-case~p-1,taizhou-sige-jiafa~p-gone1,taizhou-sige-jiafa~p-t0a1b2`,
  );
  const entries = await shownEntries(page);
  expect(entries).toHaveLength(4);
  expect(entries[0]!.text).toBe('《顺义区工会改革情况（旧稿）》已于 2026-03-01 撤下：原文与另一案例重复，已合并。');
  expect(entries[1]!.text).toContain('找不到案例 no-such-case');
  expect(entries[2]!.text).toContain('已找不到这一段（#p-gone1）');
  expect(entries[2]!.url).toMatch(/\/cases\/taizhou-sige-jiafa\/$/);
  expect(entries[3]!.caseLine).toContain('台州');
  await expect(page.locator('.kit-sources li')).toHaveCount(1);
});
