// /kit/: the handout — the working one (localStorage, editable) or one opened from a link
// (read-only until 编辑). Passages come from the per-case data files; the page shows them in
// order with the sources, prints as a handout and projects one at a time.
import { t } from '../../i18n/t.ts';
import type { Handout, HandoutItem } from '../../utils/kit/handout.ts';
import { handoutQuery, readHandoutQuery } from '../../utils/kit/handout-link.ts';
import { currentItem, resolveItem, sourceList, type ResolvedItem } from '../../utils/kit/resolve.ts';
import { h } from '../search/dom.ts';
import { enableDragging } from './drag.ts';
import { entryTools, type EntryAction } from './editor.ts';
import { loadPassageFile } from './passage-files.ts';
import { openProjector } from './projector.ts';
import { onOtherTabChange, readWorking, saveWorking } from './store.ts';
import { drawQrs, drawQrsSoon, handoutQr } from './handout-qr.ts';
import { toolbar } from './toolbar.ts';
import { entryView, qrReady, sourcesView } from './view.ts';

const app = document.querySelector<HTMLElement>('#kit-app')!;
const heading = app.querySelector<HTMLElement>('h1')!;
const body = app.querySelector<HTMLElement>('[data-kit-body]')!;
const status = document.querySelector<HTMLElement>('[data-kit-status]');
const today = new Date().toLocaleDateString('sv-SE');

let handout: Handout = { title: '', items: [] };
let resolved: ResolvedItem[] = [];
let readOnly = false;
let link = '';
/** While the passages load, entries stay where they are. */
let loading = false;

function say(message: string): void {
  if (status) status.textContent = message;
}

/**
 * Resolves `next`'s items through the per-case files. `shown` hears each longer run of resolved
 * entries from the top: the passages are painted as their files come in, in order. Meanwhile
 * entries do not move, and a title or note typed is kept.
 */
async function load(next: Handout, shown: (entries: ResolvedItem[]) => void = () => {}): Promise<void> {
  loading = true;
  handout = next;
  resolved = [];
  let ready = 0;
  await Promise.all(
    next.items.map(async (item, index) => {
      resolved[index] = await resolveItem(item, loadPassageFile);
      const before = ready;
      while (resolved[ready]) ready += 1;
      if (ready > before) shown(resolved.slice(0, ready));
    }),
  );
  // Renamed cases and aliased anchors are written under their current names from now on.
  const items = resolved.map((entry, index) => ({ ...currentItem(entry), note: handout.items[index]!.note }));
  handout = { title: handout.title, items };
  link = `${location.origin}/kit/${await handoutQuery(readOnly ? next : handout)}`;
  loading = false;
}

function handoutToolbar(): HTMLElement {
  return toolbar({
    link,
    readOnly,
    title: handout.title,
    replaces: readWorking().items.length,
    onEdit: () => void startEditing(),
    onCopied: (copied) => say(t(copied ? 'kit.copied' : 'kit.copyFailed')),
    onPrint: () =>
      void qrReady()
        .then(() => drawQrs(body, link, handout))
        .then(print),
    onProject: (opener) => {
      if (!loading) void qrReady().then(() => openProjector(resolved, 0, opener));
    },
    onTitleInput: (title) => {
      handout = { ...handout, title };
      heading.textContent = title || t('kit.untitled');
      save();
    },
    onTitleChange: () => void refreshLink(),
  });
}

function save(): void {
  saveWorking(handout);
}

/** After a note or the title changed: the link and the handout's QR code follow. */
async function refreshLink(): Promise<void> {
  link = `${location.origin}/kit/${await handoutQuery(handout)}`;
  app.querySelector<HTMLInputElement>('#kit-link')!.value = link;
  await qrReady();
  app.querySelector('.kit-handout-qr')?.replaceWith(handoutQr(link, handout));
}

/** The handout after a move or a removal: kept, linked and shown again. */
function change(items: HandoutItem[], entries: ResolvedItem[]): void {
  handout = { ...handout, items };
  resolved = entries.map((entry, position) => ({ ...entry, item: items[position]! }));
  save();
  void refreshLink();
  render();
}

/** Moves the entry at `from` to `to` (a button, or a drag); focus stays on the moved entry's `button`. */
function move(from: number, to: number, button?: EntryAction): void {
  if (loading) return;
  const items = [...handout.items];
  const entries = [...resolved];
  items.splice(to, 0, ...items.splice(from, 1));
  entries.splice(to, 0, ...entries.splice(from, 1));
  change(items, entries);
  say(t('kit.moved', { n: to + 1 }));
  const moved = app.querySelectorAll<HTMLElement>('.kit-entry')[to];
  const same = button && moved?.querySelector<HTMLButtonElement>(`[data-action="${button}"]`);
  (same && !same.disabled ? same : moved?.querySelector<HTMLElement>('[data-action]:not([disabled])'))?.focus();
}

function act(index: number, action: EntryAction): void {
  if (action !== 'remove') return move(index, action === 'up' ? index - 1 : index + 1, action);
  if (loading) return;
  change(
    handout.items.filter((_, position) => position !== index),
    resolved.filter((_, position) => position !== index),
  );
  say(t('kit.deleted', { count: handout.items.length }));
  const entriesNow = app.querySelectorAll<HTMLElement>('.kit-entry');
  (
    entriesNow[Math.min(index, handout.items.length - 1)]?.querySelector<HTMLElement>('[data-action="remove"]') ??
    heading
  ).focus();
}

function note(index: number, text: string): void {
  const items = handout.items.map((item, position) => (position === index ? { ...item, note: text } : item));
  handout = { ...handout, items };
  if (resolved[index]) resolved[index] = { ...resolved[index], item: items[index]! };
  save();
  clearTimeout(noteTimer);
  noteTimer = setTimeout(() => void refreshLink(), 400);
}
let noteTimer: ReturnType<typeof setTimeout> | undefined;

function showTitle(): void {
  heading.textContent = handout.title || t('kit.untitled');
  document.title = `${handout.title || t('kit.title')} · ${t('site.title')}`;
}

/** The handout's frame — date, toolbar and an empty list for the entries — in place of the body. */
function frame(): HTMLElement {
  showTitle();
  const list = h('ol', { class: 'kit-entries' });
  body.classList.toggle('kit-editing', !readOnly);
  if (!readOnly) enableDragging(list, (from, to) => move(from, to));
  body.replaceChildren(
    h('div', { class: 'kit-top' }, h('p', { class: 'kit-meta' }, today), h('div', { class: 'kit-handout-qr' })),
    handoutToolbar(),
    list,
  );
  return list;
}

/** Appends the entries `list` does not show yet; earlier ones are left as they are. */
function showEntries(list: HTMLElement, entries: ResolvedItem[]): void {
  const { numbers } = sourceList(entries);
  for (const [index, entry] of entries.entries()) {
    if (index < list.children.length) continue;
    const item = entryView(entry, index, numbers.get(entry.kind === 'passage' ? entry.file.id : ''));
    if (!readOnly) {
      item.querySelector<HTMLElement>('.kit-number')!.title = t('kit.dragHint');
      item
        .querySelector('.kit-main')!
        .append(entryTools(index, handout.items.length, entry.item.note, { onAction: act, onNote: note }));
    }
    list.append(item);
  }
}

/** Once every entry is shown: the counts, the link and the source list. */
function complete(list: HTMLElement): void {
  const { files } = sourceList(resolved);
  body.querySelector('.kit-meta')!.textContent =
    `${today} · ${t('kit.count', { count: resolved.length, cases: files.length })}`;
  app.querySelector<HTMLInputElement>('#kit-link')!.value = link;
  const sources = sourcesView(files, today);
  if (sources) list.after(sources);
  // QR codes wait until the handout has been painted (and the encoder has loaded, view.ts): the
  // first one drawn costs the encoder's start-up, and the passages' codes are on paper only.
  requestAnimationFrame(() => setTimeout(() => void qrReady().then(() => drawQrsSoon(body, link, handout))));
}

function render(): void {
  if (handout.items.length === 0 && !readOnly) {
    showTitle();
    body.replaceChildren(h('p', { class: 'kit-empty' }, t('kit.empty')));
    return;
  }
  const list = frame();
  showEntries(list, resolved);
  complete(list);
}

async function startEditing(): Promise<void> {
  if (loading) return;
  readOnly = false;
  history.replaceState(null, '', '/kit/');
  await load(handout);
  save();
  render();
  heading.focus();
}

async function start(): Promise<void> {
  body.replaceChildren(h('p', {}, t('kit.loading')));
  const linked = await readHandoutQuery(location.search);
  if (linked.handout === null && 'unreadable' in linked && linked.unreadable) {
    body.replaceChildren(h('p', { class: 'kit-tombstone' }, t('kit.unreadable')));
    return;
  }
  readOnly = linked.handout !== null;
  handout = linked.handout ?? readWorking();
  link = `${location.origin}/kit/${await handoutQuery(handout)}`;
  if (handout.items.length === 0 && !readOnly) render();
  else {
    // The frame at once, then each passage as its file comes in (the head asked for the files).
    const list = frame();
    await load(handout, (entries) => showEntries(list, entries));
    complete(list);
  }
  if (!readOnly) save();
  app.dataset['ready'] = '';
}

// Printed at once after a change: whatever is not drawn yet is drawn now (the browser's own
// print command within the first instants, before the encoder is in, prints the codes blank).
addEventListener('beforeprint', () => void qrReady().then(() => drawQrs(body, link, handout)));
onOtherTabChange(() => {
  // Passages added in another tab (a case page opened from here) show up on return.
  if (!readOnly) void load(readWorking()).then(render);
});
void start();
