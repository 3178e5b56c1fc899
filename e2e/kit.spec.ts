// The trainer's handout kit on the built site: passages picked on a case page, a measure page
// and a search result; reordered, noted, linked, opened elsewhere, projected; accessible and valid.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { projectValidator, validatePage } from '../scripts/lib/validate-html.ts';
import { firstParagraph, passageFile, shownEntries, openWorkingHandout } from './kit-helpers.ts';

interface CaseRecord {
  id: string;
  title: string;
  region: string;
  measures: string[];
}
interface MeasureRecord {
  id: string;
  cases: Array<{ id: string; passages: string[] }>;
}

/** Three cases of three regions from the built data, with a measure page quoting the second. */
async function pickCases(request: APIRequestContext) {
  const cases = (await (await request.get('/data/cases.json')).json()) as CaseRecord[];
  const measures = (await (await request.get('/data/measures.json')).json()) as MeasureRecord[];
  const picked: CaseRecord[] = [];
  for (const record of cases)
    if (record.measures.length > 0 && !picked.some((other) => other.region === record.region)) picked.push(record);
  expect(picked.length, 'three cases from three regions').toBeGreaterThanOrEqual(3);
  const [onCasePage, onMeasurePage, inSearch] = picked as [CaseRecord, CaseRecord, CaseRecord];
  const measure = measures.find((entry) => entry.cases.some((usage) => usage.id === onMeasurePage.id))!;
  return { onCasePage, onMeasurePage, inSearch, measure };
}

/** The first `count` paragraphs of the archive, case after case, as handout items without notes. */
async function archiveParagraphs(request: APIRequestContext, count: number) {
  const cases = (await (await request.get('/data/cases.json')).json()) as CaseRecord[];
  const files = await Promise.all(cases.map((record) => passageFile(request, record.id)));
  return files
    .flatMap((file) =>
      file.passages
        .filter((passage) => passage.kind === 'P')
        .map((passage) => ({ caseId: file.id, anchor: passage.anchor })),
    )
    .slice(0, count);
}

async function addHere(page: Page, ref: string): Promise<void> {
  const button = page.locator(`[data-kit-passage="${ref}"] > button.kit-add`);
  await expect(button).toHaveText('加入讲义');
  await button.click();
  await expect(button).toHaveText('移出讲义');
}

test.describe.configure({ mode: 'serial' });

test('a handout from a case page, a measure page and a search result: reorder, note, link, open elsewhere, project', async ({
  page,
  browser,
  request,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { onCasePage, onMeasurePage, inSearch, measure } = await pickCases(request);
  const fileA = await passageFile(request, onCasePage.id);
  const fileB = await passageFile(request, onMeasurePage.id);
  const passageA = firstParagraph(fileA);

  await page.goto(`/cases/${onCasePage.id}/`);
  await addHere(page, `${onCasePage.id}~${passageA.anchor}`);
  await expect(page.locator('[data-kit-nav] .kit-count')).toHaveText('1');

  await page.goto(`/measures/${measure.id}/`);
  const quoted = page.locator(`.practice [data-kit-passage^="${onMeasurePage.id}~"]`).first();
  const refB = (await quoted.getAttribute('data-kit-passage'))!;
  await addHere(page, refB);

  // A phrase of one of its paragraphs: the result links (and adds) the passage saying it.
  const phrase = /[\u4e00-\u9fff]{6}/.exec(firstParagraph(await passageFile(request, inSearch.id)).text)![0];
  await page.goto(`/search/?q=${encodeURIComponent(phrase)}`);
  const result = page.locator(`.search-result[data-kit-passage^="${inSearch.id}~"]`).first();
  await expect(result).toBeVisible();
  const refC = (await result.getAttribute('data-kit-passage'))!;
  await addHere(page, refC);
  await expect(page.locator('[data-kit-nav] .kit-count')).toHaveText('3');
  await expect(page.locator('[data-kit-nav]')).toContainText('已选 3 段');

  await page.getByRole('link', { name: /讲义/ }).click();
  await expect(page).toHaveURL(/\/kit\/$/);
  let entries = await shownEntries(page);
  const textB = fileB.passages.find((passage) => `${onMeasurePage.id}~${passage.anchor}` === refB)!.text;
  expect(entries.map((entry) => entry.text)).toEqual([passageA.text, textB, expect.any(String)]);
  expect(entries[0]!.caseLine).toContain(fileA.title);
  expect(entries[0]!.caseLine).toContain(fileA.region!);
  expect(entries[0]!.url).toMatch(new RegExp(`/cases/${onCasePage.id}/#${passageA.anchor}$`));
  const [textA = '', , textC = ''] = entries.map((entry) => entry.text);

  // Reorder with buttons, then from the keyboard: focus stays on the moved entry's button.
  await page.getByRole('button', { name: '第 3 段：上移' }).click();
  await expect(page.getByRole('button', { name: '第 2 段：上移' })).toBeFocused();
  await page.keyboard.press('Enter');
  entries = await shownEntries(page);
  expect(entries.map((entry) => entry.text)).toEqual([textC, textA, textB]);
  await expect(page.getByRole('status').filter({ hasText: '已移到第 1 位' })).toBeAttached();

  await page.getByLabel('讲义标题').fill('三地经验对照');
  await page.getByLabel('第 2 段 · 备注（可选）').fill('请对照本地，讨论第 2 段的做法。');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('三地经验对照');

  // Remove one and put it back from its case page: the working handout survives reloads.
  await page.reload();
  entries = await shownEntries(page);
  expect(entries.map((entry) => entry.text)).toEqual([textC, textA, textB]);
  expect(entries[1]!.note).toBe('请对照本地，讨论第 2 段的做法。');
  await page.getByRole('button', { name: '第 3 段：删除' }).click();
  expect((await shownEntries(page)).length).toBe(2);
  await page.goto(`/measures/${measure.id}/`);
  await addHere(page, refB);
  await page.goto('/kit/');
  await expect(page.getByLabel('第 2 段 · 备注（可选）')).toHaveValue('请对照本地，讨论第 2 段的做法。');
  const handout = await shownEntries(page);
  expect(handout.map((entry) => entry.text)).toEqual([textC, textA, textB]);

  await page.getByRole('button', { name: '复制讲义链接' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已复制讲义链接' })).toBeAttached();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(await page.getByLabel('讲义链接').inputValue());
  expect(link).toContain('/kit/?');

  // Anyone opening the link, in a fresh browser: the same handout, read-only until 编辑.
  const elsewhere = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const other = await elsewhere.newPage();
  await other.goto(link);
  expect(await shownEntries(other)).toEqual(handout.map((entry) => ({ ...entry, url: entry.url })));
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('三地经验对照');
  await expect(other.locator('.kit-note-field')).toHaveCount(0);
  await expect(other.getByRole('button', { name: /上移/ })).toHaveCount(0);
  await other.getByRole('button', { name: '编辑' }).click();
  await expect(other).toHaveURL(/\/kit\/$/);
  await expect(other.getByLabel('第 2 段 · 备注（可选）')).toHaveValue('请对照本地，讨论第 2 段的做法。');
  await expect(other.locator('[data-kit-nav] .kit-count')).toHaveText('3');
  await elsewhere.close();

  // Projector: one passage at a time; arrows and a swipe move on; Esc leaves.
  const project = page.getByRole('button', { name: '投影' });
  await project.click();
  const projector = page.getByRole('dialog', { name: '投影' });
  await expect(projector.locator('.projector-count')).toHaveText('1 / 3');
  await expect(projector.locator('.projector-text')).toHaveText(textC);
  await expect(projector.getByRole('img')).toHaveAttribute('aria-label', /本段的二维码/);
  await page.keyboard.press('ArrowRight');
  await expect(projector.locator('.projector-text')).toHaveText(textA);
  await expect(projector.locator('.projector-note')).toHaveText('请对照本地，讨论第 2 段的做法。');
  const box = (await projector.boundingBox())!;
  await page.mouse.move(box.width * 0.7, box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.width * 0.3, box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(projector.locator('.projector-count')).toHaveText('3 / 3');
  await page.keyboard.press('ArrowLeft');
  await expect(projector.locator('.projector-count')).toHaveText('2 / 3');
  await page.keyboard.press('Escape');
  await expect(projector).toHaveCount(0);
  await expect(project).toBeFocused();
});

test('/kit/ with a handout loaded: axe finds nothing, html-validate passes — editing and read-only', async ({
  page,
  request,
}) => {
  const { onCasePage, onMeasurePage, inSearch } = await pickCases(request);
  const refs = await Promise.all(
    [onCasePage, onMeasurePage, inSearch].map(
      async (record) => `${record.id}~${firstParagraph(await passageFile(request, record.id)).anchor}`,
    ),
  );
  const validator = projectValidator();
  for (const url of [
    `/kit/?t=${encodeURIComponent('讲义')}&p=${refs.join(',')}&n=0~${encodeURIComponent('备注')}`,
    '/kit/',
  ]) {
    if (url === '/kit/') await page.getByRole('button', { name: '编辑' }).click();
    else await page.goto(url);
    expect((await shownEntries(page)).length).toBe(3);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
      ),
    ).toEqual([]);
    // The rendered DOM is serialized with every boolean attribute as `x=""`: a style rule of
    // the source, not of the document, so those two are left out here.
    const problems = await validatePage(validator, await page.content(), url);
    expect(problems.filter((problem) => !/ attribute-(boolean|empty)-style /.test(problem))).toEqual([]);
  }
  await page.getByRole('button', { name: '投影' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  const projector = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(projector.violations.map((violation) => violation.id)).toEqual([]);
});

test('a handout of 30 passages with notes is one compressed link that opens to the same handout', async ({
  page,
  browser,
  request,
}) => {
  const items = (await archiveParagraphs(request, 30)).map((item, index) => ({
    ...item,
    note: `第${index + 1}段的讨论题：对照本单位的情况，这种做法需要哪些条件？`,
  }));
  expect(items).toHaveLength(30);
  const shown = await openWorkingHandout(page, { title: '三十段的讲义', items });
  expect(shown).toHaveLength(30);
  const link = await page.getByLabel('讲义链接').inputValue();
  expect(new URL(link).searchParams.has('z')).toBe(true);
  await expect(page.locator('.kit-handout-qr svg')).toBeAttached();

  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto(link);
  expect(await shownEntries(other)).toEqual(shown);
  await elsewhere.close();
});

test('an entry dragged by its number moves there; the handout and its link follow', async ({ page, request }) => {
  const cases = (await (await request.get('/data/cases.json')).json()) as CaseRecord[];
  const items = [];
  for (const record of cases.slice(0, 3))
    items.push({ caseId: record.id, anchor: firstParagraph(await passageFile(request, record.id)).anchor, note: '' });
  await page.setViewportSize({ width: 1280, height: 2400 }); // the whole handout in view, so the mouse reaches it
  await openWorkingHandout(page, { title: '拖动', items });
  const refs = () => page.locator('.kit-entry').evaluateAll((entries) => entries.map((entry) => entry.dataset['ref']));
  const [first, second, third] = items.map((item) => `${item.caseId}~${item.anchor}`);

  // The third, by its number, to above the first.
  const handle = page.locator('.kit-entry .kit-number').nth(2);
  await expect(handle).toHaveAttribute('title', /拖动/);
  const from = (await handle.boundingBox())!;
  const target = (await page.locator('.kit-entry').first().boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, target.y + 5, { steps: 8 });
  await expect(page.locator('.kit-entry').first()).toHaveClass(/kit-drop-before/);
  await page.mouse.up();
  await expect.poll(refs).toEqual([third, first, second]);
  await expect(page.locator('.kit-drop-before, .kit-drop-after, .kit-dragging')).toHaveCount(0);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('gonghui-anli.kit') ?? 'null'));
  expect(stored.items.map((item: { caseId: string; anchor: string }) => `${item.caseId}~${item.anchor}`)).toEqual([
    third,
    first,
    second,
  ]);
  await expect(page.getByLabel('讲义链接')).toHaveValue(new RegExp(`p=${third},${first},${second}`));

  // Dropped where it was: nothing moves.
  const again = (await page.locator('.kit-entry .kit-number').first().boundingBox())!;
  await page.mouse.move(again.x + 5, again.y + 5);
  await page.mouse.down();
  await page.mouse.move(again.x + 5, again.y + 15, { steps: 3 });
  await page.mouse.up();
  expect(await refs()).toEqual([third, first, second]);
});

test('without JavaScript /kit/ says it needs it and links to the cases', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/kit/?p=a~p-1');
  await expect(page.getByRole('main')).toContainText('讲义需要浏览器启用 JavaScript');
  await expect(page.getByRole('main').getByRole('link', { name: '浏览全部案例' })).toHaveAttribute('href', '/');
  await context.close();
});

test('an entry held near the window’s edge scrolls a long handout, and drops where the page has scrolled to', async ({
  page,
  request,
}) => {
  const items = (await archiveParagraphs(request, 12)).map((item) => ({ ...item, note: '' }));
  expect(items).toHaveLength(12);
  await page.setViewportSize({ width: 1280, height: 700 });
  await openWorkingHandout(page, { title: '长讲义', items });
  const refs = () => page.locator('.kit-entry').evaluateAll((entries) => entries.map((entry) => entry.dataset['ref']));
  const before = await refs();

  // The last entry, held at the top edge of the window, far below the first.
  const handle = page.locator('.kit-entry .kit-number').last();
  await handle.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => scrollY);
  expect(scrolled, 'the handout is longer than the window').toBeGreaterThan(700);
  const from = (await handle.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, 4, { steps: 10 });
  await expect.poll(() => page.evaluate(() => scrollY), { timeout: 10_000 }).toBe(0);
  await expect(page.locator('.kit-entry').first()).toHaveClass(/kit-drop-before/);
  await page.mouse.up();
  await expect.poll(refs).toEqual([before.at(-1), ...before.slice(0, -1)]);

  // Held in the middle of the window, it does not scroll.
  const held = page.locator('.kit-entry .kit-number').nth(3);
  await held.scrollIntoViewIfNeeded();
  const middle = (await held.boundingBox())!;
  expect(middle.y).toBeGreaterThan(100);
  expect(middle.y).toBeLessThan(550);
  const still = await page.evaluate(() => scrollY);
  await page.mouse.move(middle.x + 5, middle.y + 5);
  await page.mouse.down();
  await page.mouse.move(middle.x + 5, 350, { steps: 3 });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => scrollY)).toBe(still);
  await page.mouse.up();
});
