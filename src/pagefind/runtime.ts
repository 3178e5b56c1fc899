// Pagefind's browser API as the search page uses it (Pagefind 1.6: pagefind.js of a bundle).
import type { Fragment } from './fragment-file.ts';

export interface PagefindResult {
  /** The page's fragment (fragment-file.ts). */
  id: string;
  score: number;
  /** Positions of the matched words in the page (in pairs, for this index), all words together. */
  words: number[];
  /** Meta fields holding a matched word (Pagefind 1.6). */
  matchedMetaFields?: string[];
  /** The fragment as Pagefind reads it, excerpts worked out. */
  data(): Promise<Fragment>;
}
export interface Pagefind {
  search(query: string | null, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
  /** Loads the index chunks a search for `query` reads, without searching. */
  preload(query: string): Promise<void>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): Pagefind;
}

/**
 * The bundle's files Pagefind's runtime fetches one after another before a first search — its
 * entry file (asked for with `metaCacheTag` appended), then `startFiles` (metadata and wasm, named
 * by the merge, merge-bundles.ts) — so that they can all be asked for at once.
 */
export function startUrls(bundle: string, metaCacheTag: string, startFiles: readonly string[]): string[] {
  return [`pagefind-entry.json?ts=${metaCacheTag}`, ...startFiles].map((file) => `${bundle}${file}`);
}

/**
 * Pagefind reads the query's language from <html lang> when an instance is created and would cut a
 * zh-CN query into dictionary words (心驿 → 心 驿) before matching; the pair index is a whitespace
 * language, so the instance is created while the attribute names the index's language.
 */
function inLanguage<T>(language: string, create: () => T): T {
  const root = document.documentElement;
  const lang = root.getAttribute('lang');
  root.setAttribute('lang', language);
  try {
    return create();
  } finally {
    if (lang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', lang);
  }
}

/**
 * Imports the bundle's pagefind.js and creates a search instance for an index in `language`, on
 * the page's own thread: at 10,000 pages a worker cost a first search more than it saved (its
 * startup, its 12 kB script, copying thousands of results back; scripts/bench).
 */
export async function openPagefind(bundle: string, metaCacheTag: string, language: string): Promise<Pagefind> {
  const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
  return inLanguage(language, () => module.createInstance({ basePath: bundle, metaCacheTag, noWorker: true }));
}
