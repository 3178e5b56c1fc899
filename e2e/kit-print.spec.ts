// The printed handout (Chromium's PDF, A4 portrait): every passage in order, none split across
// pages, the source list at the end, and every QR code decoding to its passage or the handout.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ensurePrintTools } from '../scripts/lib/print-tools.ts';
import { firstParagraph, passageFile, shownEntries, openWorkingHandout } from './kit-helpers.ts';

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Every QR code on a rendered page, decoded by zbarimg. */
function decodeQrCodes(image: string): string[] {
  return execFileSync('zbarimg', ['--raw', '-q', '-Sdisable', '-Sqrcode.enable', image], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
    .split('\n')
    .filter(Boolean);
}

test.beforeAll(() => ensurePrintTools());

test('the printed handout holds every passage in order, the sources, and QR codes that decode', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(90_000);
  const cases = ((await (await request.get('/data/cases.json')).json()) as Array<{ id: string }>).slice(0, 3);
  const files = await Promise.all(cases.map((record) => passageFile(request, record.id)));
  // Five passages of three cases, one of them twice (its source is listed once).
  const refs = [
    [files[0]!, 0],
    [files[1]!, 0],
    [files[0]!, 1],
    [files[2]!, 0],
    [files[1]!, 1],
  ].map(([file, skip]) => ({
    file: file as (typeof files)[number],
    passage: firstParagraph(file as (typeof files)[number], skip as number),
  }));
  const query = `?t=${encodeURIComponent('打印测试讲义')}&p=${refs.map((ref) => `${ref.file.id}~${ref.passage.anchor}`).join(',')}&n=1~${encodeURIComponent('讨论：这一段的做法')}`;
  await page.goto(`/kit/${query}`);
  const entries = await shownEntries(page);
  expect(entries.map((entry) => entry.text)).toEqual(refs.map((ref) => ref.passage.text));
  const handoutLink = await page.getByLabel('讲义链接').inputValue();

  const pdf = testInfo.outputPath('handout.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  const pages = text
    .split('\f')
    .filter((pageText) => pageText.trim())
    .map(squeeze);
  const whole = squeeze(text);

  expect(whole).toContain('打印测试讲义');
  expect(whole).toContain('讨论：这一段的做法');
  for (const word of ['复制讲义链接', '投影', '上移', '首页', '搜索']) expect(whole).not.toContain(word);
  let from = 0;
  for (const { passage } of refs) {
    const at = whole.indexOf(squeeze(passage.text), from);
    expect(at, `passage ${passage.anchor} after the previous one`).toBeGreaterThanOrEqual(from);
    from = at;
    // Each passage fits on a page here, so it must be printed on one.
    expect(
      pages.some((pageText) => pageText.includes(squeeze(passage.text))),
      `${passage.anchor} on one page`,
    ).toBe(true);
  }
  const sources = whole.indexOf('出处', from);
  expect(sources).toBeGreaterThan(from);
  // Each case once (GB/T 7714: [EB/OL] or [N/OL]), though the first and second are quoted twice.
  const sourceList = whole.slice(sources);
  expect(sourceList.match(/\/OL\]/g)).toHaveLength(files.length);
  for (const file of files) expect(sourceList.split(squeeze(file.title)).length - 1).toBe(1);

  const images = testInfo.outputPath('pages');
  execFileSync('mkdir', ['-p', images]);
  execFileSync('pdftoppm', ['-r', '200', '-png', pdf, path.join(images, 'page')]);
  const decoded = readdirSync(images)
    .filter((name) => name.endsWith('.png'))
    .flatMap((name) => decodeQrCodes(path.join(images, name)));
  const passageUrls = entries.map((entry) => entry.url);
  expect(decoded.sort()).toEqual([handoutLink, ...passageUrls].sort());
});

test('a handout whose link is too long for a QR code prints a code that opens its passages without the notes', async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(90_000);
  const cases = (await (await request.get('/data/cases.json')).json()) as Array<{ id: string }>;
  const files = await Promise.all(cases.map((record) => passageFile(request, record.id)));
  const paragraphs = files.flatMap((file) =>
    file.passages
      .filter((passage) => passage.kind === 'P' && passage.text.length > 20)
      .map((passage) => ({ file, passage })),
  );
  // Twelve passages, each with another passage's text as its note: thousands of characters that
  // compress too little for the largest QR code.
  const items = paragraphs.slice(0, 12).map(({ file, passage }, index) => ({
    caseId: file.id,
    anchor: passage.anchor,
    note: paragraphs
      .slice(12 + index * 3, 15 + index * 3)
      .map((other) => other.passage.text)
      .join(''),
  }));
  const shown = await openWorkingHandout(page, { title: '备注很长的讲义', items });
  expect(shown.map((entry) => entry.note)).toEqual(items.map((item) => item.note));
  const link = await page.getByLabel('讲义链接').inputValue();
  await expect(page.locator('.kit-handout-qr')).toContainText('二维码打开本讲义的段落（不含备注）');

  const pdf = testInfo.outputPath('long-notes.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  const images = testInfo.outputPath('long-notes-pages');
  execFileSync('mkdir', ['-p', images]);
  execFileSync('pdftoppm', ['-r', '200', '-f', '1', '-l', '1', '-png', pdf, path.join(images, 'page')]);
  const [name] = readdirSync(images).filter((file) => file.endsWith('.png'));
  const decoded = decodeQrCodes(path.join(images, name!));
  const handoutCode = decoded.find((url) => new URL(url).pathname === '/kit/');
  expect(handoutCode, `a handout code among ${decoded.join(' ')}`).toBeTruthy();
  expect(handoutCode).not.toBe(link);

  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto(handoutCode!);
  const opened = await shownEntries(other);
  expect(opened.map((entry) => [entry.text, entry.url])).toEqual(shown.map((entry) => [entry.text, entry.url]));
  expect(opened.map((entry) => entry.note)).toEqual(items.map(() => ''));
  await elsewhere.close();
});
