// Case pages: a passage's ¶ link still jumps to (and highlights) the passage; this also copies
// its full URL. And the citation's access date becomes the reader's today.

const statusLine = document.querySelector<HTMLElement>('.copy-status');
let clearTimer: ReturnType<typeof setTimeout> | undefined;

function say(template: string | undefined, url: string): void {
  if (!statusLine || !template) return;
  statusLine.textContent = template.replace('{url}', url);
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => (statusLine.textContent = ''), 5000);
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.passage-link');
  if (!link) return;
  const url = link.href;
  navigator.clipboard.writeText(url).then(
    () => say(statusLine?.dataset['copied'], url),
    () => say(statusLine?.dataset['failed'], url),
  );
});

const today = new Date();
const localDate = [today.getFullYear(), today.getMonth() + 1, today.getDate()]
  .map((part) => String(part).padStart(2, '0'))
  .join('-');
for (const time of document.querySelectorAll<HTMLTimeElement>('time.access-date')) {
  time.dateTime = localDate;
  time.textContent = localDate;
}

// A printed handout shows every key figure, folded or not.
addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details.more-figures')) details.open = true;
});
