// Accessibility gate: axe-core (WCAG 2.1 A/AA and best practices) on every page type of the
// built site — two pages of each type found in the build, the search page with results, the
// 404 page — with zero violations allowed.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { outDir } from '../src/integrations/paths.ts';

const site = outDir;
const perType = 2;

function builtPaths(folder = ''): string[] {
  return readdirSync(path.join(site, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) return relative === 'pagefind' ? [] : builtPaths(relative);
    if (entry.name === 'index.html') return [`/${folder}${folder ? '/' : ''}`];
    return [];
  });
}

/** `/cases/x/` → `/cases/*\/`, `/measures/x/y/` → `/measures/*\/*\/`: pages built by one route. */
function pageType(urlPath: string): string {
  const segments = urlPath.split('/').filter(Boolean);
  return `/${segments.map((segment, index) => (index === 0 ? segment : '*')).join('/')}${segments.length ? '/' : ''}`;
}

function pagesToCheck(): string[] {
  const byType = new Map<string, string[]>();
  for (const urlPath of builtPaths().sort()) {
    const type = pageType(urlPath);
    byType.set(type, [...(byType.get(type) ?? []), urlPath]);
  }
  return [...byType.values()].flatMap((paths) => paths.slice(0, perType));
}

/** Each violation as `rule: help — selectors`, so a failure says what to fix and where. */
async function violations(page: Page, urlPath: string): Promise<string[]> {
  await page.goto(urlPath);
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

// The search page is checked with results shown — also with a tag-only section (a measure's name)
// and a broader-measure note (a narrower term) — and an unknown URL shows the 404 page.
const searches = ['工会', '经费保障', '母婴关爱室'].map((q) => `/search/?q=${encodeURIComponent(q)}`);
const pages = [...pagesToCheck(), ...searches, '/no-such-page/'];

for (const urlPath of pages) {
  test(`axe: ${decodeURIComponent(urlPath)}`, async ({ page }) => {
    expect(await violations(page, urlPath)).toEqual([]);
  });
}
