// Drag to reorder: an entry's number is its handle, for mouse, pen and touch alike (pointer
// events). The 上移/下移 buttons stay the way for the keyboard and screen readers. Pointer events
// get none of the browser's scrolling at the window's edge that native drag and drop has, so a
// handout longer than the screen scrolls here while an entry is held near its top or bottom.

/** Pixels from the window's top or bottom edge within which a held entry scrolls the page. */
export const scrollEdge = 56;
/** Pixels scrolled per frame with the pointer at the very edge. */
const fastestScroll = 18;

/** Pixels to scroll this frame with the pointer at `clientY` in a window `height` high: up (negative) near the top, down near the bottom, faster nearer the edge. */
export function edgeScrollStep(clientY: number, height: number): number {
  const edge = Math.min(scrollEdge, height / 4);
  const depth = clientY < edge ? clientY - edge : clientY > height - edge ? clientY - (height - edge) : 0;
  return Math.round((fastestScroll * Math.max(-edge, Math.min(edge, depth))) / edge);
}

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
    const startScroll = scrollY;
    let pointerY = down.clientY;
    const follow = () => {
      entry.style.transform = `translateY(${pointerY + scrollY - down.clientY - startScroll}px)`;
      to = dropIndex(middles, from, pointerY + scrollY);
      mark(to);
    };
    const move = (event: PointerEvent) => {
      pointerY = event.clientY;
      follow();
    };
    const scrollAtEdge = () => {
      const step = edgeScrollStep(pointerY, innerHeight);
      const before = scrollY;
      if (step !== 0) scrollBy(0, step);
      if (scrollY !== before) follow();
      frame = requestAnimationFrame(scrollAtEdge);
    };
    let frame = requestAnimationFrame(scrollAtEdge);
    const end = (event: PointerEvent) => {
      cancelAnimationFrame(frame);
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
