// /kit/: the handout — the working one (localStorage, editable) or one opened from a link
// (read-only until 编辑). Passages come from the per-case data files; the page shows them in
// order with the sources, prints as a handout and projects one at a time.
import { t } from '../../i18n/t.ts';
import type { Handout } from '../../utils/kit/handout.ts';
import { handoutQuery, readHandoutQuery } from '../../utils/kit/handout-link.ts';
import { currentItem, resolveItem, sourceList, type ResolvedItem } from '../../utils/kit/resolve.ts';
import { h } from '../search/dom.ts';
import { entryTools, type EntryAction } from './editor.ts';
import { loadPassageFile } from './passage-files.ts';
import { openProjector } from './projector.ts';
import { onOtherTabChange, readWorking, saveWorking } from './store.ts';
import { handoutQr } from './handout-qr.ts';
import { drawPendingQrs, entryView, qrReady, sourcesView } from './view.ts';

const app = document.querySelector<HTMLElement>('#kit-app')!;
const heading = app.querySelector<HTMLElement>('h1')!;
const body = app.querySelector<HTMLElement>('[data-kit-body]')!;
const status = document.querySelector<HTMLElement>('[data-kit-status]');
const today = new Date().toLocaleDateString('sv-SE');

let handout: Handout = { title: '', items: [] };
let resolved: ResolvedItem[] = [];
let readOnly = false;
let link = '';

function say(message: string): void {
  if (status) status.textContent = message;
}

/**
 * Resolves `next`'s items through the per-case files. `shown` hears each longer run of resolved
 * entries from the top: the passages are painted as their files come in, in order.
 */
async function load(next: Handout, shown: (entries: ResolvedItem[]) => void = () => {}): Promise<void> {
  handout = next;
  const entries: ResolvedItem[] = [];
  let ready = 0;
  await Promise.all(
    next.items.map(async (item, index) => {
      entries[index] = await resolveItem(item, loadPassageFile);
      const before = ready;
      while (entries[ready]) ready += 1;
      if (ready > before) shown(entries.slice(0, ready));
    }),
  );
  resolved = entries;
  // Renamed cases and aliased anchors are written under their current names from now on (the
  // title as typed meanwhile).
  handout = { title: handout.title, items: entries.map(currentItem) };
  link = `${location.origin}/kit/${await handoutQuery(readOnly ? next : handout)}`;
}

function button(label: string, className: string, onClick: (event: MouseEvent) => void): HTMLButtonElement {
  const element = h('button', { type: 'button', class: className }, label) as HTMLButtonElement;
  element.addEventListener('click', onClick);
  return element;
}

function toolbar(): HTMLElement {
  const linkField = h('input', { id: 'kit-link', type: 'url', class: 'kit-link-field', readonly: '', value: link });
  const copy = button(t('kit.copyLink'), 'kit-copy', () => {
    (linkField as HTMLInputElement).select();
    navigator.clipboard.writeText(link).then(
      () => say(t('kit.copied')),
      () => say(t('kit.copyFailed')),
    );
  });
  const actions = [
    readOnly ? button(t('kit.edit'), 'kit-edit', startEditing) : null,
    copy,
    button(t('kit.print'), 'kit-print', () => void qrReady().then(drawQrs).then(print)),
    button(t('kit.project'), 'kit-project', (event) => {
      const opener = event.currentTarget as HTMLElement;
      void qrReady().then(() => openProjector(resolved, 0, opener));
    }),
  ];
  const working = readWorking();
  return h(
    'div',
    { class: 'kit-toolbar' },
    readOnly ? h('p', { class: 'kit-readonly' }, t('kit.readOnly')) : titleField(),
    readOnly && working.items.length > 0
      ? h('p', { class: 'kit-replaces' }, t('kit.editReplaces', { count: working.items.length }))
      : null,
    h('div', { class: 'kit-actions' }, ...actions),
    h('div', { class: 'kit-link' }, h('label', { for: 'kit-link' }, t('kit.linkLabel')), linkField),
  );
}

function titleField(): HTMLElement {
  const field = h('input', { id: 'kit-title', type: 'text', value: handout.title }) as HTMLInputElement;
  field.addEventListener('input', () => {
    handout = { ...handout, title: field.value };
    heading.textContent = field.value || t('kit.untitled');
    save();
  });
  field.addEventListener('change', () => void refreshLink());
  return h('p', { class: 'kit-title-field' }, h('label', { for: 'kit-title' }, t('kit.handoutTitle')), field);
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

function act(index: number, action: EntryAction): void {
  const target = action === 'up' ? index - 1 : action === 'down' ? index + 1 : index;
  const items = [...handout.items];
  const entries = [...resolved];
  if (action === 'remove') {
    items.splice(index, 1);
    entries.splice(index, 1);
  } else {
    [items[index], items[target]] = [items[target]!, items[index]!];
    [entries[index], entries[target]] = [entries[target]!, entries[index]!];
  }
  handout = { ...handout, items };
  resolved = entries.map((entry, position) => ({ ...entry, item: items[position]! }));
  save();
  void refreshLink();
  render();
  const entriesNow = app.querySelectorAll<HTMLElement>('.kit-entry');
  if (action === 'remove') {
    say(t('kit.deleted', { count: items.length }));
    (
      entriesNow[Math.min(index, items.length - 1)]?.querySelector<HTMLElement>('[data-action="remove"]') ?? heading
    ).focus();
    return;
  }
  say(t('kit.moved', { n: target + 1 }));
  const moved = entriesNow[target];
  const same = moved?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  (same && !same.disabled ? same : moved?.querySelector<HTMLElement>('[data-action]:not([disabled])'))?.focus();
}

function note(index: number, text: string): void {
  const items = handout.items.map((item, position) => (position === index ? { ...item, note: text } : item));
  handout = { ...handout, items };
  resolved[index] = { ...resolved[index]!, item: items[index]! };
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
  body.replaceChildren(
    h('div', { class: 'kit-top' }, h('p', { class: 'kit-meta' }, today), h('div', { class: 'kit-handout-qr' })),
    toolbar(),
    list,
  );
  return list;
}

/** Appends the entries `list` does not show yet; earlier ones are left as they are. */
function showEntries(list: HTMLElement, entries: ResolvedItem[]): void {
  const { numbers } = sourceList(entries);
  for (const [index, entry] of entries.entries())
    if (index >= list.children.length)
      list.append(entryView(entry, index, numbers.get(entry.kind === 'passage' ? entry.file.id : '')));
}

/** Once every entry is shown: the counts, the link, the editing tools and the source list. */
function complete(list: HTMLElement): void {
  const { files } = sourceList(resolved);
  body.querySelector('.kit-meta')!.textContent =
    `${today} · ${t('kit.count', { count: resolved.length, cases: files.length })}`;
  app.querySelector<HTMLInputElement>('#kit-link')!.value = link;
  if (!readOnly)
    list.querySelectorAll('.kit-main').forEach((main, index) => {
      main.append(entryTools(index, resolved.length, resolved[index]!.item.note, { onAction: act, onNote: note }));
    });
  const sources = sourcesView(files, today);
  if (sources) list.after(sources);
  // QR codes wait until the handout has been painted (and the encoder has loaded, view.ts): the
  // first one drawn costs the encoder's start-up, and the passages' codes are on paper only.
  requestAnimationFrame(() => setTimeout(() => void qrReady().then(drawQrsSoon)));
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

/** Draws the codes not drawn yet; the encoder must have loaded (qrReady). */
function drawQrs(): void {
  body.querySelector('.kit-handout-qr:empty')?.replaceWith(handoutQr(link, handout));
  drawPendingQrs(body);
}

/** The handout's code, then one passage code per task: a long handout's codes never hold up the page. */
function drawQrsSoon(): void {
  body.querySelector('.kit-handout-qr:empty')?.replaceWith(handoutQr(link, handout));
  const next = () => {
    if (drawPendingQrs(body, 1)) setTimeout(next);
  };
  setTimeout(next);
}

async function startEditing(): Promise<void> {
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
addEventListener('beforeprint', () => void qrReady().then(drawQrs));
onOtherTabChange(() => {
  // Passages added in another tab (a case page opened from here) show up on return.
  if (!readOnly) void load(readWorking()).then(render);
});
void start();
