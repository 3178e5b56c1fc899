// 加入讲义: a button on every element that names a passage with `data-kit-passage="<case>~<anchor>"`
// (a case page's passage tools, a measure page's quoted practices, search results), and the
// header's count of passages in the working handout. Labels come from the header's data set.
import { sameItem } from '../../utils/kit/handout.ts';
import { onWorkingChange, readWorking, togglePassage } from './store.ts';

const navLink = document.querySelector<HTMLElement>('[data-kit-nav]');
const labels = navLink?.dataset ?? {};
const fill = (template: string | undefined, count: number) => (template ?? '').replace('{count}', String(count));

function refOf(element: HTMLElement): { caseId: string; anchor: string } | null {
  const [caseId, anchor] = (element.dataset['kitPassage'] ?? '').split('~');
  return caseId && anchor ? { caseId, anchor } : null;
}

function showCount(): void {
  if (!navLink) return;
  const count = readWorking().items.length;
  const badge = navLink.querySelector<HTMLElement>('.kit-count');
  const spoken = navLink.querySelector<HTMLElement>('.kit-count-spoken');
  if (badge) {
    badge.textContent = String(count);
    badge.hidden = count === 0;
  }
  if (spoken) spoken.textContent = count ? fill(labels['countLabel'], count) : '';
}

function say(message: string): void {
  const status = document.querySelector<HTMLElement>('[data-kit-status]');
  if (!status) return;
  status.textContent = message;
  setTimeout(() => status.textContent === message && (status.textContent = ''), 4000);
}

function label(button: HTMLButtonElement, present: boolean): void {
  // Only real changes: the observer below would otherwise hear its own writes for ever.
  const text = (present ? labels['remove'] : labels['add']) ?? '';
  if (button.textContent !== text) button.textContent = text;
  button.classList.toggle('kit-in', present);
}

/** Adds the button to every passage reference below `root` that lacks one, and syncs labels. */
function decorate(root: ParentNode): void {
  const items = readWorking().items;
  for (const host of root.querySelectorAll<HTMLElement>('[data-kit-passage]')) {
    const ref = refOf(host);
    if (!ref) continue;
    let button = host.querySelector<HTMLButtonElement>(':scope > button.kit-add');
    if (!button) {
      button = document.createElement('button');
      button.type = 'button';
      button.className = 'kit-add';
      host.append(button);
    }
    label(
      button,
      items.some((item) => sameItem(item, ref)),
    );
  }
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button.kit-add');
  const host = button?.parentElement;
  const ref = host && refOf(host);
  if (!button || !ref) return;
  const present = togglePassage(ref);
  const count = readWorking().items.length;
  say(fill(present ? labels['added'] : labels['removed'], count));
});

onWorkingChange(() => {
  showCount();
  decorate(document);
});
showCount();
decorate(document);
// Search results arrive after the page has loaded.
new MutationObserver((records) => {
  if (records.some((record) => record.addedNodes.length > 0)) decorate(document);
}).observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true });
