// Projector mode: one passage at a time in large type with its QR code. Arrow keys, Page
// Up/Down, space and a swipe move; Esc (the dialog's own cancel) leaves.
import { t } from '../../i18n/t.ts';
import type { ResolvedItem } from '../../utils/kit/resolve.ts';
import { h } from '../search/dom.ts';
import { caseLine, passageText, passageUrl, qrBox, shortUrl, tombstoneText } from './view.ts';

const nextKeys = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const previousKeys = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);
/** Horizontal travel (px) that counts as a swipe. */
const swipeDistance = 50;

function slide(entry: ResolvedItem, index: number, total: number): HTMLElement {
  const url = passageUrl(entry);
  return h(
    'div',
    { class: 'projector-slide' },
    h('p', { class: 'projector-count' }, `${index + 1} / ${total}`),
    h(
      'div',
      { class: 'projector-main' },
      entry.kind === 'passage'
        ? passageText(entry, 'projector-text')
        : h('p', { class: 'projector-text kit-tombstone' }, tombstoneText(entry)),
      entry.kind === 'passage' ? h('p', { class: 'projector-case' }, caseLine(entry.file, undefined)) : null,
      entry.item.note ? h('p', { class: 'projector-note' }, entry.item.note) : null,
    ),
    h(
      'div',
      { class: 'projector-aside' },
      qrBox(url, t('kit.passageQr', { url }), 'projector-qr'),
      h('p', { class: 'projector-url' }, shortUrl(url)),
    ),
  );
}

/** Opens the projector on `entries`, at `start`; focus returns to `opener` when it closes. */
export function openProjector(entries: ResolvedItem[], start: number, opener: HTMLElement): void {
  if (entries.length === 0) return;
  let index = Math.min(Math.max(start, 0), entries.length - 1);
  const stage = h('div', { class: 'projector-stage', 'aria-live': 'polite' });
  const button = (label: string, className: string, onClick: () => void) => {
    const element = h('button', { type: 'button', class: className }, label);
    element.addEventListener('click', onClick);
    return element as HTMLButtonElement;
  };
  const previous = button(t('kit.previous'), 'projector-previous', () => show(index - 1));
  const next = button(t('kit.next'), 'projector-next', () => show(index + 1));
  const dialog = h(
    'dialog',
    { class: 'kit-projector', 'aria-label': t('kit.project') },
    stage,
    h(
      'div',
      { class: 'projector-controls' },
      previous,
      h('span', { class: 'projector-help' }, t('kit.projectorHelp')),
      next,
      button(t('kit.close'), 'projector-close', () => dialog.close()),
    ),
  ) as HTMLDialogElement;

  function show(target: number): void {
    index = Math.min(Math.max(target, 0), entries.length - 1);
    stage.replaceChildren(slide(entries[index]!, index, entries.length));
    stage.setAttribute('aria-label', t('kit.projectorLabel', { n: index + 1, total: entries.length }));
    previous.disabled = index === 0;
    next.disabled = index === entries.length - 1;
  }

  dialog.addEventListener('keydown', (event) => {
    if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
    if (nextKeys.has(event.key)) show(index + 1);
    else if (previousKeys.has(event.key)) show(index - 1);
    else if (event.key === 'Home') show(0);
    else if (event.key === 'End') show(entries.length - 1);
    else return;
    event.preventDefault();
  });
  let swipeStart: number | null = null;
  dialog.addEventListener('pointerdown', (event) => (swipeStart = event.clientX));
  dialog.addEventListener('pointerup', (event) => {
    if (swipeStart === null) return;
    const travel = event.clientX - swipeStart;
    swipeStart = null;
    if (Math.abs(travel) >= swipeDistance) show(travel < 0 ? index + 1 : index - 1);
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener.focus();
  });
  document.body.append(dialog);
  show(index);
  dialog.showModal();
}
