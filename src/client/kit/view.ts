// DOM of the handout: one entry per passage (or a tombstone line where the passage is gone)
// and the numbered source list. Built from nodes and text, never from page HTML.
import { t } from '../../i18n/t.ts';
import type { PublishedPassageFile } from '../../schemas/passage-file.ts';
import type { ResolvedItem } from '../../utils/kit/resolve.ts';
import { h } from '../search/dom.ts';

/** The permanent URL of the passage an entry shows (or of its case, when the passage is gone). */
export function passageUrl(entry: ResolvedItem): string {
  const path =
    entry.kind === 'passage'
      ? `/cases/${entry.file.id}/#${entry.passage.anchor}`
      : `/cases/${entry.item.caseId}/${entry.kind === 'missing-passage' ? '' : `#${entry.item.anchor}`}`;
  return new URL(path, location.origin).href;
}

/** The URL as printed: without the scheme. */
export const shortUrl = (url: string): string => url.replace(/^https?:\/\//, '');

let qrSvg: typeof import('../../utils/qr.ts').qrSvg | null = null;
let qrLoading: Promise<void> | null = null;
/**
 * Loads the QR encoder (a quarter of the kit's script) once; await it before drawing a code. The
 * handout asks for it once it has been painted, so that it never competes with the passages.
 */
export function qrReady(): Promise<void> {
  qrLoading ??= import('../../utils/qr.ts').then((module) => {
    qrSvg = module.qrSvg;
  });
  return qrLoading;
}

const drawn = new Map<string, string>();

/** Fills `box` with the QR code of `url`; each code is drawn once per page (a reorder redraws nothing). */
function drawQr(box: HTMLElement, url: string, label: string): void {
  const key = `${url}\n${label}`;
  let svg = drawn.get(key);
  if (svg === undefined) {
    if (!qrSvg) throw new Error('QR code drawn before the encoder loaded (await qrReady())');
    // qrSvg escapes the label; the rest of the SVG is our own markup.
    svg = qrSvg(url, label);
    drawn.set(key, svg);
  }
  box.innerHTML = svg;
}

export function qrBox(url: string, label: string, className: string): HTMLElement {
  const box = h('div', { class: className });
  drawQr(box, url, label);
  return box;
}

/** A place for a QR code that only paper shows: drawn by {@link drawPendingQrs}, after the handout is on screen. */
function pendingQrBox(url: string, label: string, className: string): HTMLElement {
  return h('div', { class: className, 'data-qr-url': url, 'data-qr-label': label });
}

/** Draws up to `count` of the pending codes in `root`; whether any are left. */
export function drawPendingQrs(root: ParentNode, count = Infinity): boolean {
  const pending = [...root.querySelectorAll<HTMLElement>('[data-qr-url]')];
  for (const box of pending.slice(0, count)) {
    drawQr(box, box.dataset['qrUrl'] ?? '', box.dataset['qrLabel'] ?? '');
    delete box.dataset['qrUrl'];
    delete box.dataset['qrLabel'];
  }
  return pending.length > count;
}

/** Case title, region, year — the line under a passage. */
export function caseLine(file: PublishedPassageFile, source: number | undefined): string {
  return [
    `《${file.title}》`,
    file.region ?? t('case.regionUnknown'),
    file.year !== null ? t('kit.year', { year: file.year }) : null,
    source !== undefined ? t('kit.sourceRef', { n: source }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The passage's own words as the case page shows them (a turn with its speaker). */
export function passageText(entry: Extract<ResolvedItem, { kind: 'passage' }>, className: string): HTMLElement {
  const { passage } = entry;
  const speaker = passage.speaker && !passage.text.startsWith(passage.speaker) ? `${passage.speaker}：` : '';
  return h(
    'p',
    { class: `${className} kit-kind-${passage.kind.toLowerCase()}` },
    speaker && h('b', {}, speaker),
    passage.text,
  );
}

/** What stands where a passage can no longer be shown: never a blank. */
export function tombstoneText(entry: Exclude<ResolvedItem, { kind: 'passage' }>): string {
  if (entry.kind === 'withdrawn')
    return entry.title
      ? t('kit.withdrawn', { title: entry.title, date: entry.date, reason: entry.reason })
      : t('kit.withdrawnUntitled', { id: entry.item.caseId, date: entry.date, reason: entry.reason });
  if (entry.kind === 'missing-passage')
    return t('kit.missingPassage', { title: entry.file.title, anchor: entry.item.anchor });
  return t('kit.missingCase', { id: entry.item.caseId });
}

/** One entry of the handout, read-only; `tools` (reorder, remove, note field) is added by the editor. */
export function entryView(entry: ResolvedItem, index: number, source: number | undefined): HTMLElement {
  const url = passageUrl(entry);
  const body =
    entry.kind === 'passage'
      ? [
          passageText(entry, 'kit-text'),
          h('p', { class: 'kit-case' }, caseLine(entry.file, source)),
          entry.passage.measures.length > 0
            ? h(
                'ul',
                { class: 'kit-tags', 'aria-label': t('passage.measures') },
                ...entry.passage.measures.map((id) => h('li', {}, entry.file.measureNames[id] ?? id)),
              )
            : null,
        ]
      : [h('p', { class: 'kit-text kit-tombstone' }, tombstoneText(entry))];
  return h(
    'li',
    { class: 'kit-entry', 'data-ref': `${entry.item.caseId}~${entry.item.anchor}` },
    h('div', { class: 'kit-number', 'aria-hidden': 'true' }, String(index + 1)),
    h(
      'div',
      { class: 'kit-main' },
      ...body,
      h('p', { class: 'kit-url' }, h('a', { href: url }, shortUrl(url))),
      entry.item.note ? h('p', { class: 'kit-note' }, h('b', {}, `${t('kit.noteHeading')}：`), entry.item.note) : null,
    ),
    pendingQrBox(url, t('kit.passageQr', { url }), 'kit-qr'),
  );
}

/** The source list: GB/T 7714 of each case once, numbered as the entries cite them. */
export function sourcesView(files: PublishedPassageFile[], today: string): HTMLElement | null {
  if (files.length === 0) return null;
  return h(
    'section',
    { class: 'kit-sources', 'aria-labelledby': 'kit-sources-title' },
    h('h2', { id: 'kit-sources-title' }, t('kit.sources')),
    h(
      'ol',
      {},
      // The citation's access date is the build's; a handout is read today.
      ...files.map((file) => h('li', {}, file.citation.replace(`[${file.accessed}]`, `[${today}]`))),
    ),
  );
}
