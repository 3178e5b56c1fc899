// Drag to reorder: an entry's number is its handle, for mouse, pen and touch alike (pointer
// events). The 上移/下移 buttons stay the way for the keyboard and screen readers.

/** Where an entry dropped at `y` (page coordinates) goes: how many of the others lie above it. */
export function dropIndex(middles: number[], from: number, y: number): number {
  return middles.filter((middle, index) => index !== from && middle < y).length;
}

/** Lets the entries of `list` be dragged by their `.kit-number`; `onMove(from, to)` once one is dropped elsewhere. */
export function enableDragging(list: HTMLElement, onMove: (from: number, to: number) => void): void {
  list.addEventListener('pointerdown', (down) => {
    const handle = (down.target as Element).closest<HTMLElement>('.kit-number');
    const entry = handle?.closest<HTMLElement>('.kit-entry');
    if (!handle || !entry || down.button !== 0) return;
    down.preventDefault();
    const entries = [...list.querySelectorAll<HTMLElement>(':scope > .kit-entry')];
    // Measured once: the others do not move while one is dragged.
    const middles = entries.map((other) => {
      const box = other.getBoundingClientRect();
      return box.top + scrollY + box.height / 2;
    });
    const from = entries.indexOf(entry);
    let to = from;
    handle.setPointerCapture(down.pointerId);
    entry.classList.add('kit-dragging');
    const mark = (target: number | null) =>
      entries.forEach((other, index) => {
        other.classList.toggle('kit-drop-before', index === target && target < from);
        other.classList.toggle('kit-drop-after', index === target && target > from);
      });
    const move = (event: PointerEvent) => {
      entry.style.transform = `translateY(${event.clientY - down.clientY}px)`;
      to = dropIndex(middles, from, event.clientY + scrollY);
      mark(to);
    };
    const end = (event: PointerEvent) => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
      entry.classList.remove('kit-dragging');
      entry.style.transform = '';
      mark(null);
      if (event.type === 'pointerup' && to !== from) onMove(from, to);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  });
}
