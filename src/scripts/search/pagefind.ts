// Loads Pagefind's browser API and turns its results into ranking candidates. Works with any
// number of index bundles (shards): the first is loaded, the others are merged with mergeIndex.
import { bigramQuery, entryUsesPairs, unpairText } from '../../utils/search/pairs.ts';
import type { Candidate } from '../../utils/search/rank.ts';

interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: Array<{ id: string; location: number }>;
  locations: number[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
export interface Pagefind {
  /** The index stores Chinese as character pairs (scripts/lib/search-index.ts), so queries must too. */
  pairs: boolean;
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

async function indexUsesPairs(bundle: string): Promise<boolean> {
  const response = await fetch(`${bundle}pagefind-entry.json`);
  if (!response.ok) throw new Error(`${bundle}pagefind-entry.json: HTTP ${response.status}`);
  return entryUsesPairs((await response.json()) as { languages?: Record<string, unknown> });
}

/**
 * The index bundles: scripts/lib/search-index.ts lists them in /pagefind/bundles.json when it
 * splits the index into shards; without that file there is the one bundle at /pagefind/.
 */
async function listBundles(): Promise<string[]> {
  const response = await fetch('/pagefind/bundles.json');
  if (!response.ok) return ['/pagefind/'];
  const bundles = (await response.json()) as unknown;
  return Array.isArray(bundles) && bundles.length > 0 ? bundles.map(String) : ['/pagefind/'];
}

/** Imports the first bundle's pagefind.js and merges the others. */
export async function loadPagefind(): Promise<Pagefind> {
  const [primary = '/pagefind/', ...others] = await listBundles();
  const api = (await import(/* @vite-ignore */ `${primary}pagefind.js`)) as Omit<Pagefind, 'pairs'>;
  await api.options({ excerptLength: 40 });
  for (const bundle of others) await api.mergeIndex(bundle);
  const pairs = await indexUsesPairs(primary);
  return {
    pairs,
    options: (options) => api.options(options),
    mergeIndex: (path, options) => api.mergeIndex(path, options),
    search: (query, options) => api.search(query === null || !pairs ? query : bigramQuery(query), options),
  };
}

function toCandidate(result: PagefindResult, data: PagefindFragment, pairs: boolean): Candidate {
  const kind = data.meta['kind'];
  return {
    url: data.url,
    score: result.score,
    kind: kind === 'case' || kind === 'measure' ? kind : 'other',
    title: data.meta['title'] ?? data.url,
    content: pairs ? unpairText(data.content) : data.content,
    measureTerms: (data.meta['measures'] ?? '').split('|').filter(Boolean),
    anchors: data.anchors.map(({ id, location }) => ({ id, location })),
    locations: data.locations,
    filters: data.filters,
    meta: data.meta,
  };
}

/** Pagefind's matches, best score first; their texts load on demand, a slice at a time. */
export interface CandidateList {
  total: number;
  load(from: number, to: number): Promise<Candidate[]>;
}

/**
 * Runs every query variant (as written, Simplified, Traditional) and, for a query naming a
 * measure, lists the cases tagged with it; keeps each page once with its best score. An empty
 * query lists every case.
 */
export async function findCandidates(pagefind: Pagefind, variants: string[], measureNames: string[]): Promise<CandidateList> {
  const searches: Array<[string | null, Record<string, unknown>]> = variants.map((variant) => [variant, {}]);
  for (const name of measureNames) searches.push([null, { filters: { measure: name } }]);
  if (searches.length === 0) searches.push([null, { filters: { kind: 'case' } }]);
  const byId = new Map<string, PagefindResult>();
  for (const [query, options] of searches) {
    const search = await pagefind.search(query, options);
    for (const result of search?.results ?? []) {
      const known = byId.get(result.id);
      if (!known || known.score < result.score) byId.set(result.id, result);
    }
  }
  const sorted = [...byId.values()].sort((a, b) => b.score - a.score);
  return {
    total: sorted.length,
    load: (from, to) =>
      Promise.all(sorted.slice(from, to).map(async (result) => toCandidate(result, await result.data(), pagefind.pairs))),
  };
}
