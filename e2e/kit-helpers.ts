// What the handout kit's specs share: reading a handout off the page, and the data files it is built from.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { PassageFile, PublishedPassageFile } from '../src/schemas/passage-file.ts';

/** Each entry of the handout shown: its text, case line, note and permanent link. */
export async function shownEntries(page: Page) {
  await expect(page.locator('#kit-app[data-ready]')).toBeAttached();
  return page.locator('.kit-entry').evaluateAll((entries) =>
    entries.map((entry) => ({
      text: entry.querySelector('.kit-text')?.textContent ?? '',
      caseLine: entry.querySelector('.kit-case')?.textContent ?? '',
      note: (
        entry.querySelector<HTMLTextAreaElement>('.kit-note-field')?.value ??
        entry.querySelector('.kit-note')?.textContent ??
        ''
      ).replace(/^备注：/, ''),
      url: entry.querySelector<HTMLAnchorElement>('.kit-url a')?.href ?? '',
    })),
  );
}

export async function passageFile(request: APIRequestContext, caseId: string): Promise<PublishedPassageFile> {
  const response = await request.get(`/data/passages/${caseId}.json`);
  expect(response.status()).toBe(200);
  const file = (await response.json()) as PassageFile;
  expect(file.status).toBe('published');
  return file as PublishedPassageFile;
}

/** The first ordinary paragraph of a case (a P with text), as its data file has it. */
export function firstParagraph(file: PublishedPassageFile, skip = 0) {
  const passage = file.passages.filter((entry) => entry.kind === 'P' && entry.text.length > 20)[skip];
  expect(passage, `${file.id} has a paragraph`).toBeTruthy();
  return passage!;
}

/** Opens /kit/ with `handout` as the working handout (as if the trainer had built it here). */
export async function openWorkingHandout(
  page: Page,
  handout: { title: string; items: Array<{ caseId: string; anchor: string; note: string }> },
) {
  await page.goto('/kit/');
  await page.evaluate((working) => localStorage.setItem('gonghui-anli.kit', JSON.stringify(working)), handout);
  await page.reload();
  return shownEntries(page);
}
