// Pagefind's search runtime (pagefind.js) as the merged bundle ships it.

/** Pagefind 1.6's wait for its index before a search (PagefindInstance.getPtr). */
const indexWait = 'while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';

/**
 * A search started before Pagefind has read its metadata and wasm waits for them in sleeps of
 * 50 ms: at 10,000 pages a first search woke 20–50 ms after the index was ready (Chromium trace).
 * The merged bundle's copy looks every 4 ms, the shortest wait a browser gives repeated timers.
 * A runtime without that loop (another Pagefind version) is refused, so an upgrade is looked at.
 */
export function promptRuntime(script: string): string {
  if (!script.includes(indexWait)) {
    throw new Error(
      'pagefind.js：找不到 Pagefind 1.6 等待索引的循环（getPtr）。升级 Pagefind 后请核对 src/pagefind/runtime-script.ts。',
    );
  }
  return script.replace(indexWait, indexWait.replace('asyncSleep(50)', 'asyncSleep(4)'));
}
