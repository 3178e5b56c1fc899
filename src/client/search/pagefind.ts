// Loads Pagefind's browser API over the character-pair index (scripts/lib/search-index.ts) and
// turns its matches into ranking candidates, ordered before any page text is read
// (utils/search/candidates.ts). The index is one Pagefind bundle, merged at build time from the
// shards it was indexed in (src/pagefind/merge-bundles.ts); the manifest says where.
import { orderMatches, type Hit } from '../../utils/search/candidates.ts';
import { brokenProbes, coveringProbe, probeStarts, termPositions, type Probe } from '../../utils/search/covering.ts';
import { decodeFragment, fragmentPath, type Fragment } from '../../pagefind/fragment-file.ts';
import { openPagefind, startUrls, type Pagefind, type PagefindResult } from '../../pagefind/runtime.ts';
import { parseMeasureNames } from '../../utils/search/measure-names.ts';
import { indexLanguage, unpairText } from '../../utils/search/pairs.ts';
import {
  entryCacheTag,
  manifestPath,
  parseIndexManifest,
  type IndexManifest,
} from '../../utils/search/index-manifest.ts';
import type { Candidate } from '../../utils/search/rank.ts';
import { anchoredTexts, parseTaggedPassages } from '../../utils/search/tagged-passages.ts';
import { queryTerms } from '../../utils/search/text.ts';

let manifest: Promise<IndexManifest> | null = null;

/**
 * The index manifest, read once per page (≈2 kB at 10,000 pages; asked for again after a
 * failure). The search page reads it while it idles (page.ts), so that a first search starts
 * with the bundle's own files: one round trip less between the Enter key and the results.
 */
export function readManifest(): Promise<IndexManifest> {
  manifest ??= fetch(manifestPath).then(async (response) =>
    parseIndexManifest(response.ok ? await response.json() : null),
  );
  manifest.catch(() => (manifest = null));
  return manifest;
}

/** The loaded index: Pagefind, its results' pages, whether it holds Traditional text, its frequent pairs (pair → rank). */
export interface SearchIndex {
  pagefind: Pagefind;
  /** A result's page (fragment-file.ts). */
  fragment(result: PagefindResult): Promise<Fragment>;
  traditional: boolean;
  frequent: ReadonlyMap<string, number>;
}

/** Starts loading a file Pagefind will fetch (same URL, same request mode), so it arrives sooner. */
function preload(href: string): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

async function readFragment(bundle: string, id: string): Promise<Fragment> {
  const file = fragmentPath(bundle, id);
  const response = await fetch(file);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return decodeFragment(new Uint8Array(await response.arrayBuffer()), file);
}

/**
 * Reads the index manifest (index-manifest.ts) and imports Pagefind from the bundle it names. The
 * files Pagefind loads one after another (its script, then its entry, then metadata and wasm)
 * are asked for together.
 */
export async function loadPagefind(): Promise<SearchIndex> {
  const { bundle, startFiles, traditional, frequentPairs } = await readManifest();
  const metaCacheTag = entryCacheTag(bundle);
  for (const url of startUrls(bundle, metaCacheTag, startFiles)) preload(url);
  const pagefind = await openPagefind(bundle, metaCacheTag, indexLanguage);
  // Without DecompressionStream (Safari before 16.4) Pagefind inflates the fragments itself.
  const fragment =
    typeof DecompressionStream === 'function'
      ? (result: PagefindResult) => readFragment(bundle, result.id)
      : (result: PagefindResult) => result.data();
  return { pagefind, fragment, traditional, frequent: new Map(frequentPairs.map((pair, rank) => [pair, rank])) };
}

function toCandidate(result: PagefindResult, data: Fragment, locations: number[], score: number): Candidate {
  const kind = data.meta['kind'];
  const passageText = anchoredTexts(data.content, data.anchors);
  return {
    url: data.url,
    score,
    kind: kind === 'case' || kind === 'measure' ? kind : 'other',
    title: data.meta['title'] ?? data.url,
    content: unpairText(data.content),
    measureTerms: parseMeasureNames(data.meta['measures']),
    anchors: data.anchors,
    locations: locations.length > 0 ? locations : result.words,
    filters: data.filters,
    meta: data.meta,
    taggedPassages: parseTaggedPassages(data.filters['tagged-passages']?.[0]),
    passageText,
  };
}

/** Pagefind's matches, most promising first; their texts load on demand, a slice at a time. */
export interface CandidateList {
  /** Candidates known, plus one while the tagged pages are still to be looked for. */
  total: number;
  /** How many lead the order because the index says they say the query (the count, once read). */
  saying: number;
  load(from: number, to: number): Promise<Candidate[]>;
}

async function results(
  pagefind: Pagefind,
  query: string | null,
  options: Record<string, unknown> = {},
): Promise<PagefindResult[]> {
  return (await pagefind.search(query, options))?.results ?? [];
}

async function probed(pagefind: Pagefind, probes: Probe[]): Promise<PagefindResult[]> {
  const words = [...new Set(probes.flatMap((probe) => probe.words))];
  return words.length > 0 ? results(pagefind, words.join(' ')) : [];
}

/** Where a result says every term (positions the terms take), or null. */
function sayingAt(result: PagefindResult, probes: Probe[]): number[] | null {
  const found = probes.map((probe) => termPositions(probeStarts(result.words, probe), probe.span));
  return found.every((positions) => positions.length > 0) ? [...new Set(found.flat())].sort((a, b) => a - b) : null;
}

interface VariantMatches {
  anywhere: PagefindResult[];
  /** Pages saying every term, with the positions the terms take. */
  saying: Map<string, number[]>;
}

/** The search for one spelling of the query: its terms' covering pairs (covering.ts). */
async function sayingMatches(index: SearchIndex, terms: string[]): Promise<VariantMatches> {
  const probes = terms.map((term) => coveringProbe(term, index.frequent));
  const anywhere = await probed(index.pagefind, probes);
  const saying = new Map<string, number[]>();
  for (const result of anywhere) {
    const positions = sayingAt(result, probes);
    if (positions) saying.set(result.id, positions);
  }
  return { anywhere, saying };
}

/**
 * Pages a probe of one pair may stand for: it pins no place (技能、大赛 is found by 大赛 alone), so
 * each of its pages is a page to read; a pair on more pages than this (楼宇 of 楼宇、工会) is not
 * looked for, or a first search would read them all.
 */
const unpinnedPages = 20;

/** Pages saying a term of one spelling with punctuation inside, with the positions it takes. */
async function punctuatedMatches(
  index: SearchIndex,
  terms: string[],
): Promise<Array<{ result: PagefindResult; positions: number[] }>> {
  const broken = terms.flatMap((term) => brokenProbes(term, index.frequent));
  const found = await Promise.all(broken.map((probe) => probed(index.pagefind, [probe])));
  return found.flatMap((matches, at) =>
    broken[at]!.words.length < 2 && matches.length > unpinnedPages
      ? []
      : matches.flatMap((result) => {
          const positions = sayingAt(result, [broken[at]!]);
          return positions ? [{ result, positions }] : [];
        }),
  );
}

/** The words the tagged pages are searched by: each one-term spelling of the query. */
const namingWords = (variants: string[][]) => variants.filter((terms) => terms.length === 1).map(([term]) => term!);

/**
 * Pages tagged with the measure a one-term query names: the name searched as one word (the
 * `measures` meta keeps names whole), kept where it matched in that field.
 */
async function namingPages(pagefind: Pagefind, variants: string[][]): Promise<PagefindResult[]> {
  const found = await Promise.all(namingWords(variants).map((term) => results(pagefind, term)));
  return found.flat().filter((result) => result.matchedMetaFields?.includes('measures'));
}

/**
 * For every query variant (as written, Simplified, Traditional): the pages saying each term, the
 * pages holding its searched pairs anywhere (also a term written with punctuation inside) and,
 * when the query names a measure, the pages tagged with it; `wanted` is the number of cases a
 * first answer shows. The tagged pages are looked for once every page saying the term is read
 * (by the first answer when fewer pages say it, else on 更多结果), so that the pages saying it
 * can be shown before that search. An empty query lists every case. Nothing is read yet but
 * Pagefind's index.
 */
export async function findCandidates(
  index: SearchIndex,
  variants: string[],
  namesMeasure: boolean,
  wanted: number,
): Promise<CandidateList> {
  const byId = new Map<string, PagefindResult>();
  const saying = new Set<string>();
  const punctuated = new Set<string>();
  const tagged = new Set<string>();
  const anywhere: Hit[] = [];
  /** Where each page says the terms (for the passage with most occurrences). */
  const positions = new Map<string, number[]>();
  const remember = (result: PagefindResult) => {
    if (!byId.has(result.id)) byId.set(result.id, result);
  };
  const terms = variants.map(queryTerms);
  // The index chunks of the tagged pages' search load beside the first search's own (the search
  // itself waits until it is known to be needed): on a slow network that is a round trip less.
  if (namesMeasure) for (const word of namingWords(terms)) void index.pagefind.preload(word).catch(() => undefined);
  for (const variant of await Promise.all(terms.map((spelling) => sayingMatches(index, spelling)))) {
    for (const result of variant.anywhere) {
      remember(result);
      anywhere.push(result);
    }
    for (const [id, at] of variant.saying) {
      saying.add(id);
      if (!positions.has(id)) positions.set(id, at);
    }
  }
  const addTagged = async () => {
    for (const result of await namingPages(index.pagefind, terms)) {
      remember(result);
      tagged.add(result.id);
    }
  };
  /** The tagged pages are looked for by the first read that goes past the pages found so far. */
  let taggedUnsought = namesMeasure;
  /** Texts asked for before the first read (the pages saying the term, below). */
  const early = new Map<string, Promise<Fragment>>();
  // Fewer pages say the term than a first answer shows: the pages saying it with punctuation
  // inside are looked for now.
  if (saying.size < wanted) {
    // The pages saying the term come first in any order, so their texts load meanwhile.
    for (const id of saying) {
      const text = index.fragment(byId.get(id)!);
      text.catch(() => undefined);
      early.set(id, text);
    }
    const found = await Promise.all(terms.map((spelling) => punctuatedMatches(index, spelling)));
    for (const { result, positions: at } of found.flat()) {
      remember(result);
      punctuated.add(result.id);
      if (!positions.has(result.id)) positions.set(result.id, at);
    }
  }
  if (variants.length === 0) {
    for (const result of await results(index.pagefind, null, { filters: { kind: 'case' } })) remember(result);
  }
  const order = () =>
    variants.length === 0 ? [...byId.keys()] : orderMatches({ saying, tagged, anywhere, punctuated });
  let ordered = order();
  const sayingCount = ordered.filter((id) => saying.has(id) || punctuated.has(id)).length;
  return {
    saying: sayingCount,
    // So that reading on asks for the tagged pages.
    get total() {
      return ordered.length + (taggedUnsought ? 1 : 0);
    },
    load: async (from, to) => {
      if (taggedUnsought && to > ordered.length) {
        await addTagged();
        taggedUnsought = false;
        // The pages read keep their places; the tagged ones join after them.
        const read = ordered.slice(0, from);
        ordered = [...read, ...order().filter((id) => !read.includes(id))];
      }
      return Promise.all(
        ordered.slice(from, to).map(async (id, at) => {
          const result = byId.get(id)!;
          return toCandidate(
            result,
            await (early.get(id) ?? index.fragment(result)),
            positions.get(id) ?? [],
            ordered.length - from - at,
          );
        }),
      );
    },
  };
}
