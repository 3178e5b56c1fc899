// Loads Pagefind's browser API over the character-pair index (scripts/lib/search-index.ts) and
// turns its matches into ranking candidates, ordered before any page text is read
// (utils/search/candidates.ts). Works with any number of index bundles (shards): the first is
// loaded, the others are merged with mergeIndex.
import { orderMatches, phrasePositions, type Hit } from '../../utils/search/candidates.ts';
import { bigramQuery, brokenPhraseQueries, indexLanguage, phraseQuery, unpairText } from '../../utils/search/pairs.ts';
import { manifestPath, parseIndexManifest, type IndexManifest } from '../../utils/search/index-manifest.ts';
import type { Candidate } from '../../utils/search/rank.ts';
import { anchoredText, parseTaggedPassages } from '../../utils/search/tagged-passages.ts';
import { queryTerms } from '../../utils/search/text.ts';

interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: Array<{ id: string; location: number }>;
}
interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page (in pairs, for this index). */
  words: number[];
  data(): Promise<PagefindFragment>;
}
export interface Pagefind {
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): Pagefind;
}

async function readManifest(): Promise<IndexManifest> {
  const response = await fetch(manifestPath);
  return parseIndexManifest(response.ok ? await response.json() : null);
}

/**
 * Pagefind reads the query's language from <html lang> when an instance is created and would cut a
 * zh-CN query into dictionary words (心驿 → 心 驿) before matching; the pair index is a whitespace
 * language, so the instance is created while the attribute names the index's language.
 */
function inIndexLanguage<T>(create: () => T): T {
  const root = document.documentElement;
  const lang = root.getAttribute('lang');
  root.setAttribute('lang', indexLanguage);
  try {
    return create();
  } finally {
    if (lang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', lang);
  }
}

/** The loaded index: Pagefind over every bundle, and whether it holds Traditional text. */
export interface SearchIndex {
  pagefind: Pagefind;
  traditional: boolean;
}

/** The primary bundle: always /pagefind/ (scripts/lib/search-index.ts bundlePath), so it loads beside the manifest. */
const primary = '/pagefind/';

/** Imports the primary bundle's pagefind.js and merges the others (listed in /pagefind/bundles.json). */
export async function loadPagefind(): Promise<SearchIndex> {
  const [module, { bundles, traditional }] = await Promise.all([
    import(/* @vite-ignore */ `${primary}pagefind.js`) as Promise<PagefindModule>,
    readManifest(),
  ]);
  const pagefind = inIndexLanguage(() => module.createInstance({ basePath: primary, excerptLength: 40 }));
  await Promise.all(bundles.filter((path) => path !== primary).map((bundle) => pagefind.mergeIndex(bundle)));
  return { pagefind, traditional };
}

function toCandidate(result: PagefindResult, data: PagefindFragment, locations: number[], score: number): Candidate {
  const kind = data.meta['kind'];
  return {
    url: data.url,
    score,
    kind: kind === 'case' || kind === 'measure' ? kind : 'other',
    title: data.meta['title'] ?? data.url,
    content: unpairText(data.content),
    measureTerms: (data.meta['measures'] ?? '').split('|').filter(Boolean),
    anchors: data.anchors.map(({ id, location }) => ({ id, location })),
    locations: locations.length > 0 ? locations : result.words,
    filters: data.filters,
    meta: data.meta,
    taggedPassages: parseTaggedPassages(data.meta['tagged-passages']).map((entry) => ({
      ...entry,
      text: anchoredText(data.content, data.anchors, entry.passage),
    })),
  };
}

/** Pagefind's matches, most promising first; their texts load on demand, a slice at a time. */
export interface CandidateList {
  total: number;
  load(from: number, to: number): Promise<Candidate[]>;
}

async function results(pagefind: Pagefind, query: string | null, options: Record<string, unknown> = {}): Promise<PagefindResult[]> {
  return (await pagefind.search(query, options))?.results ?? [];
}

interface VariantMatches {
  terms: string[];
  loose: PagefindResult[];
  /** Per term, the pages matching it as a phrase. */
  phrases: PagefindResult[][];
  broken: PagefindResult[];
}

/**
 * The searches for one spelling of the query (they share the index chunks they load). The
 * searches for the term with punctuation inside run only when fewer than `wanted` pages say it:
 * over common pairs each costs about a second at 10,000 pages, and those pages would rank after
 * the ones saying the term anyway.
 */
async function searchVariant(pagefind: Pagefind, variant: string, wanted: number): Promise<VariantMatches> {
  const terms = queryTerms(variant);
  const [loose, phrases] = await Promise.all([
    results(pagefind, bigramQuery(variant)),
    Promise.all(terms.map((term) => phraseQuery(term)).map((phrase) => (phrase ? results(pagefind, phrase) : []))),
  ]);
  const saying = Math.min(...phrases.map((matches) => matches.filter((result) => result.words.length > 0).length));
  const broken = saying < wanted ? await Promise.all(terms.flatMap(brokenPhraseQueries).map((query) => results(pagefind, query))) : [];
  return { terms, loose, phrases, broken: broken.flat() };
}

/**
 * For every query variant (as written, Simplified, Traditional): the pages saying each term as a
 * phrase, the pages holding its pairs anywhere (also with one inner pair missing, for a term
 * written with punctuation inside) and, when the query names a measure, the pages tagged with it
 * (the phrase found only in their `tagged` meta field, scripts/lib/searchable-html.ts); `wanted`
 * is the number of cases a first answer shows. An empty query lists every case. Nothing is read
 * yet but Pagefind's index.
 */
export async function findCandidates(pagefind: Pagefind, variants: string[], namesMeasure: boolean, wanted: number): Promise<CandidateList> {
  const byId = new Map<string, PagefindResult>();
  const exact = new Set<string>();
  const tagged = new Set<string>();
  const loose: Hit[] = [];
  const broken: Hit[] = [];
  /** Matched positions from the ordinary search: every pair of the query, so every occurrence. */
  const positions = new Map<string, number[]>();
  let phraseLength = 0;
  const remember = (result: PagefindResult) => {
    if (!byId.has(result.id)) byId.set(result.id, result);
  };
  const searched = await Promise.all(variants.map((variant) => searchVariant(pagefind, variant, wanted)));
  for (const { terms, loose: found, phrases, broken: partial } of searched) {
    phraseLength = Math.max(phraseLength, ...terms.map((term) => bigramQuery(term).split(' ').length));
    for (const result of found) {
      byId.set(result.id, result);
      if (!positions.has(result.id)) positions.set(result.id, result.words);
      loose.push(result);
    }
    // A phrase matched in a meta field only has no positions: the page is tagged with it (or the
    // title says it, which the body repeats).
    const saying = phrases.map((matches) => new Set(matches.filter((result) => result.words.length > 0).map((result) => result.id)));
    for (const matches of phrases) matches.forEach(remember);
    if (namesMeasure && terms.length === 1) for (const result of phrases[0] ?? []) if (result.words.length === 0) tagged.add(result.id);
    for (const id of saying[0] ?? []) if (saying.every((ids) => ids.has(id))) exact.add(id);
    partial.forEach(remember);
    broken.push(...partial);
  }
  if (variants.length === 0) {
    for (const result of await results(pagefind, null, { filters: { kind: 'case' } })) remember(result);
  }
  const ordered = variants.length === 0 ? [...byId.keys()] : orderMatches({ exact, tagged, loose, broken, phraseLength });
  return {
    total: ordered.length,
    load: (from, to) =>
      Promise.all(
        ordered.slice(from, to).map(async (id, index) => {
          const result = byId.get(id)!;
          const locations = phrasePositions(positions.get(id) ?? result.words, phraseLength);
          return toCandidate(result, await result.data(), locations, ordered.length - from - index);
        }),
      ),
  };
}
