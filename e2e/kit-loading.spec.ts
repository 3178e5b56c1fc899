// Opening a handout link, as the page loads it: the passage files are asked for by the page's
// head (before any of its scripts has arrived), each once and without credentials, whether the
// link is plain or compressed; the entries are painted in order as their files come in; the QR
// encoder is fetched after the handout.
import { deflateRawSync } from 'node:zlib';
import { expect, test, type APIRequestContext, type Request } from '@playwright/test';
import { firstParagraph, passageFile } from './kit-helpers.ts';
import { plainQuery, toCompact } from '../src/utils/kit/handout.ts';

/** The two forms of a handout link (src/utils/kit/handout-link.ts); `?z=` is made here by Node's zlib. */
const linkForms = ['plain', 'compressed'] as const;

/** A handout link to the first paragraph of each of the first three published cases. */
async function handoutLink(
  request: APIRequestContext,
  form: (typeof linkForms)[number] = 'plain',
): Promise<{ link: string; caseIds: string[] }> {
  const cases = (await (await request.get('/data/cases.json')).json()) as Array<{ id: string }>;
  const caseIds = cases.slice(0, 3).map(({ id }) => id);
  expect(caseIds).toHaveLength(3);
  const items = [];
  for (const caseId of caseIds)
    items.push({ caseId, anchor: firstParagraph(await passageFile(request, caseId)).anchor, note: '' });
  const handout = { title: '载入顺序', items };
  const query =
    form === 'plain' ? plainQuery(handout) : `?z=${deflateRawSync(toCompact(handout)).toString('base64url')}`;
  return { link: `/kit/${query}`, caseIds };
}

const isPassageFile = (request: Request) => new URL(request.url()).pathname.startsWith('/data/passages/');

for (const form of linkForms)
  test(`${form} link: the passage files are asked for from the head, each once, without cookies; the QR encoder after the handout`, async ({
    page,
    context,
    request,
    baseURL,
  }) => {
    const { link, caseIds } = await handoutLink(request, form);
    await context.addCookies([{ name: 'kit-probe', value: '1', url: baseURL! }]);
    const passageRequests: Request[] = [];
    let allAsked: () => void = () => {};
    const asked = new Promise<void>((resolve) => (allAsked = resolve));
    page.on('request', (sent) => {
      if (isPassageFile(sent) && passageRequests.push(sent) === caseIds.length) allAsked();
    });
    // No script of the page arrives before the passage files have been asked for (or 5 s passed).
    // Counted when the first script is let through: later ones (the QR encoder) come after the passages anyway.
    let askedBeforeScripts: number | undefined;
    await page.route(
      (url) => /^\/_astro\/.*\.js$/.test(url.pathname),
      async (route) => {
        await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, 5000))]);
        askedBeforeScripts ??= passageRequests.length;
        await route.continue();
      },
    );
    // When the handout is in, in the page's own clock (the scripts' resource timings use the same).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('#kit-app[data-ready]')) return;
        observer.disconnect();
        (window as unknown as { readyAt: number }).readyAt = performance.now();
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
    });
    const navigation = page.waitForRequest((sent) => sent.isNavigationRequest());
    await page.goto(link);
    await expect(page.locator('#kit-app[data-ready]')).toBeAttached();
    await expect(page.locator('.kit-entry .kit-text:not(.kit-tombstone)')).toHaveCount(3);

    expect(askedBeforeScripts, 'passage files asked for before any script arrived').toBe(caseIds.length);
    expect(passageRequests.map((sent) => new URL(sent.url()).pathname).sort()).toEqual(
      caseIds.map((id) => `/data/passages/${id}.json`).sort(),
    );
    // The probe cookie goes with the page itself, and with none of the passage files.
    expect((await (await navigation).allHeaders())['cookie']).toContain('kit-probe=1');
    for (const sent of passageRequests) expect((await sent.allHeaders())['cookie']).toBeUndefined();

    // The handout's QR code is drawn by a script that was not asked for until the handout was in.
    await expect(page.locator('.kit-handout-qr svg')).toBeAttached();
    const scripts = await page.evaluate(() => {
      const readyAt = (window as unknown as { readyAt: number }).readyAt;
      const entries = performance.getEntriesByType('resource').filter((entry) => /\/_astro\/.*\.js$/.test(entry.name));
      return {
        before: entries.filter((entry) => entry.startTime < readyAt).map((entry) => entry.name),
        after: entries.filter((entry) => entry.startTime >= readyAt).map((entry) => entry.name),
      };
    });
    expect(scripts.before.length).toBeGreaterThan(0);
    expect(scripts.after.length).toBeGreaterThan(0);
    for (const script of scripts.after) expect(scripts.before).not.toContain(script);
  });

test('entries are painted in order as their files come in', async ({ page, request }) => {
  const { link, caseIds } = await handoutLink(request);
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/data/passages/${caseIds[1]}.json`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(link);
  // The first entry shows while the second's file is held; the third, though in, waits its turn.
  await expect(page.locator('.kit-entry')).toHaveCount(1);
  await expect(page.locator('.kit-entry').first()).toHaveAttribute('data-ref', new RegExp(`^${caseIds[0]}~`));
  await expect(page.locator('.kit-toolbar')).toBeVisible();
  await page.waitForTimeout(300);
  await expect(page.locator('.kit-entry')).toHaveCount(1);
  await expect(page.locator('#kit-app[data-ready]')).not.toBeAttached();
  release();
  await expect(page.locator('#kit-app[data-ready]')).toBeAttached();
  expect(
    await page.locator('.kit-entry').evaluateAll((entries) => entries.map((entry) => entry.dataset['ref'])),
  ).toEqual(caseIds.map((id) => expect.stringMatching(new RegExp(`^${id}~`))));
  await expect(page.locator('.kit-sources li')).toHaveCount(3);
});

test('behind a login that turns uncredentialed requests away, the passages are asked for again with the cookies', async ({
  page,
  context,
  request,
  baseURL,
}) => {
  const { link, caseIds } = await handoutLink(request);
  await context.addCookies([{ name: 'session', value: 'trainer', url: baseURL! }]);
  const answered: number[] = [];
  await page.route('**/data/passages/*.json', async (route) => {
    const signedIn = ((await route.request().allHeaders())['cookie'] ?? '').includes('session=trainer');
    answered.push(signedIn ? 200 : 401);
    if (signedIn) await route.continue();
    else await route.fulfill({ status: 401, body: 'login required' });
  });
  await page.goto(link);
  await expect(page.locator('#kit-app[data-ready]')).toBeAttached();
  await expect(page.locator('.kit-entry .kit-text:not(.kit-tombstone)')).toHaveCount(caseIds.length);
  expect(answered.filter((status) => status === 401)).toHaveLength(caseIds.length);
  expect(answered.filter((status) => status === 200)).toHaveLength(caseIds.length);
});
