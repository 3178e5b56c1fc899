// The printed handout (Chromium's PDF, A4 portrait): every passage in order, none split across
// pages, the source list at the end, and every QR code decoding to its passage or the handout.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ensurePrintTools } from '../scripts/lib/print-tools.ts';
import { firstParagraph, passageFile, shownEntries } from './kit-helpers.ts';

const squeeze = (text: string) => text.replace(/\s+/g, '');

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
    .flatMap((name) =>
      execFileSync('zbarimg', ['--raw', '-q', '-Sdisable', '-Sqrcode.enable', path.join(images, name)], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      })
        .split('\n')
        .filter(Boolean),
    );
  const passageUrls = entries.map((entry) => entry.url);
  expect(decoded.sort()).toEqual([handoutLink, ...passageUrls].sort());
});
