// The working handout, kept in localStorage so that it survives reloads; every page that
// changes it says so with a `kit-change` event (other tabs hear `storage`).
import { cleanHandout, emptyHandout, sameItem, type Handout, type HandoutItem } from '../../utils/kit/handout.ts';

const storageKey = 'gonghui-anli.kit';
export const changeEvent = 'kit-change';

export function readWorking(): Handout {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as Handout | null;
    return stored && Array.isArray(stored.items)
      ? cleanHandout(String(stored.title ?? ''), stored.items)
      : emptyHandout();
  } catch {
    return emptyHandout();
  }
}

export function saveWorking(handout: Handout): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(handout));
  } catch {
    // Private browsing or a full store: the handout lives on in this page only.
  }
  dispatchEvent(new CustomEvent(changeEvent));
}

/** Adds the passage at the end, or takes it out when it is in already; true when it is in now. */
export function togglePassage(ref: Omit<HandoutItem, 'note'>): boolean {
  const handout = readWorking();
  const present = handout.items.some((item) => sameItem(item, ref));
  const items = present
    ? handout.items.filter((item) => !sameItem(item, ref))
    : [...handout.items, { ...ref, note: '' }];
  saveWorking({ ...handout, items });
  return !present;
}

/** Calls `listener` whenever another tab changes the working handout. */
export function onOtherTabChange(listener: () => void): void {
  addEventListener('storage', (event) => {
    if (event.key === storageKey || event.key === null) listener();
  });
}

/** Calls `listener` whenever the working handout changes, in this tab or another. */
export function onWorkingChange(listener: () => void): void {
  addEventListener(changeEvent, listener);
  onOtherTabChange(listener);
}
