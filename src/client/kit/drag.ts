// Drag to reorder: an entry's number is its handle, for mouse, pen and touch alike (pointer
// events). The 上移/下移 buttons stay the way for the keyboard and screen readers. Pointer events
// get none of the browser's scrolling at the window's edge that native drag and drop has, so a
// handout longer than the screen scrolls here while an entry is held near its top or bottom.

/** Pixels from the window's top or bottom edge within which a held entry scrolls the page. */
export const scrollEdge = 56;
/** Pixels a second with the pointer at the very edge, when it has just got there. */
const edgeSpeed = 1080;
/** How many times faster the scroll gets for each second the entry stays at the edge, and at most: a 30-passage handout is ~12,000 px long. */
const speedUpPerSecond = 1;
const fastestSpeedUp = 4;
/** Longest frame counted in full: after a stall the page does not jump. */
const longestFrameMs = 100;

/** How deep the pointer at `clientY` is in an edge of a window `height` high: −1 at the top edge, 1 at the bottom, 0 away from both. */
export function edgeDepth(clientY: number, height: number): number {
  const edge = Math.min(scrollEdge, height / 4);
  const depth = clientY < edge ? clientY - edge : clientY > height - edge ? clientY - (height - edge) : 0;
  return Math.max(-1, Math.min(1, depth / edge));
}

/**
 * Pixels to scroll in a frame of `frameMs` with the pointer `depth` into an edge (edgeDepth),
 * held at the edge for `heldMs`: up (negative) near the top, down near the bottom, faster nearer
 * the edge and the longer it is held there. Measured in time, not frames, so that the speed is
 * the same at 30, 60 or 120 frames a second.
 */
export function edgeScrollStep(depth: number, frameMs: number, heldMs: number): number {
  const speedUp = Math.min(fastestSpeedUp, 1 + (speedUpPerSecond * heldMs) / 1000);
  return Math.round((edgeSpeed * speedUp * depth * Math.max(0, Math.min(frameMs, longestFrameMs))) / 1000);
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
    let lastFrame = performance.now();
    let atEdgeSince: number | null = null;
    const scrollAtEdge = (now: number) => {
      const depth = edgeDepth(pointerY, innerHeight);
      atEdgeSince = depth === 0 ? null : (atEdgeSince ?? now);
      const step = atEdgeSince === null ? 0 : edgeScrollStep(depth, now - lastFrame, now - atEdgeSince);
      lastFrame = now;
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
