// What Pagefind 1.6 reads of one HTML page (its `fossick` module): the text it indexes and shows
// as the page's content, each word's positions and weights, the words of the meta fields, the
// filters, meta and anchors. Its parser streams the page through lol_html, gathering each
// element's text into the element and handing it up at the end tag; here the same rules walk the
// page as parse5 parses it. The guard is native-index.test.ts: the same pages indexed by Pagefind
// and by this give the same bundle, word for word.
import { parse, type DefaultTreeAdapterTypes as Tree } from 'parse5';
import { decodeHTML } from 'entities';
import { indexableWords } from './indexable-words.ts';
import { compareWords } from './merge-words.ts';

/**
 * A word's occurrences on a page, each packed in one number — its position × 256 plus its weight
 * (a byte, as Pagefind keeps it) or, for a meta word, plus its field's number — in the order
 * Pagefind finds them: those of the word as written, and of each form before its diacritics were
 * folded. One number, not an object: a page has thousands of occurrences.
 */
export interface Occurrences {
  plain: number[];
  variants?: Map<string, number[]>;
}

/** An occurrence's packed number (Occurrences). */
export const occurrence = (position: number, group: number): number => position * 256 + group;

/** The list `word`'s occurrences (or, given `original`, those of that spelling of it) go to, made when new. */
function occurrenceList(words: Map<string, Occurrences>, word: string, original?: string): number[] {
  let found = words.get(word);
  if (found === undefined) {
    found = { plain: [] };
    words.set(word, found);
  }
  if (original === undefined) return found.plain;
  found.variants ??= new Map();
  let list = found.variants.get(original);
  if (list === undefined) {
    list = [];
    found.variants.set(original, list);
  }
  return list;
}

function addOccurrence(words: Map<string, Occurrences>, word: string, packed: number, original?: string): void {
  occurrenceList(words, word, original).push(packed);
}

/** Where a page's occurrences of one word as written go: a list for each word indexed for it, which of them are compound parts. */
interface WordLists {
  lists: number[][];
  compoundParts: boolean[];
  partCount: number;
}

export interface PageAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** A page's fragment, as Pagefind writes it (fragment/*.pf_fragment), its keys in this order. */
export interface FragmentData {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: PageAnchor[];
}

export interface FossickedPage {
  fragment: FragmentData;
  /** Each word's occurrences by position and weight. */
  words: Map<string, Occurrences>;
  /** Each word's occurrences in the meta fields, by position and field (its number in the page's fields in byte order). */
  metaWords: Map<string, Occurrences>;
  /** The page marks what it indexes with data-pagefind-body. */
  hasCustomBody: boolean;
}

type Status = 'indexing' | 'ignored' | 'excluded' | 'body' | 'parentOfBody';

interface ParsingNode {
  value: string;
  status: Status;
  anchorIds?: string[];
}

const sentenceElements = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'td',
  'div',
  'ul',
  'li',
  'article',
  'section',
]);
const inlineElements = new Set(
  'a abbr acronym b bdo big br button cite code dfn em i img input kbd label map object output q samp script select small span strong sub sup textarea time tt var'.split(
    ' ',
  ),
);
const removedElements = new Set([
  'head',
  'style',
  'script',
  'noscript',
  'label',
  'form',
  'svg',
  'footer',
  'nav',
  'iframe',
  'template',
]);
const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const headingWeights: Record<string, string> = { h1: '7', h2: '6', h3: '5', h4: '4', h5: '3', h6: '2' };
/** Attributes Pagefind reads that these pages do not use: a page with one is refused, not indexed differently. */
const unsupported = ['data-pagefind-sort', 'data-pagefind-default-meta', 'data-pagefind-index-attrs'];
/** Rust's regex `[\w'")$*]`, its \w Unicode-aware: a character after which a block gets a full stop. */
const sentenceCharacter = /[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}'")$*]$/u;
const attributeSource = /^\s*([^:[\]]+)\[(.+)\]\s*$/u;
const privateSentinel = /___PAGEFIND_\S+\s?/gu;
const whitespace = /\p{White_Space}+/u;

/** Pagefind's normalize_content, on text whose entities parse5 has already decoded. */
function normalizeDecoded(text: string): string {
  return text
    .replace(/^[\n\r\p{White_Space}]+|[\n\r\p{White_Space}]+$/gu, '')
    .replace(/(\n|\r\n)+/g, ' ')
    .replace(/\p{White_Space}{2,}/gu, ' ');
}

const isElement = (node: Tree.ChildNode): node is Tree.Element => 'tagName' in node;
const attribute = (element: Tree.Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

/** `data-pagefind-filter`/`-meta` values: `name[attribute]` pairs, `name:literal`, or a bare name (the element's text). */
function attributeSpecs(spec: string, element: Tree.Element): string[] {
  const colon = spec.indexOf(':');
  if (colon >= 0) {
    const specs = attributeSpecs(spec.slice(0, colon), element);
    if (specs.length > 0) specs[specs.length - 1] += spec.slice(colon);
    return specs;
  }
  return spec.split(',').map((chunk) => {
    const trimmed = chunk.trim();
    const match = attributeSource.exec(trimmed);
    return match ? `${match[1]}:${attribute(element, match[2]!) ?? ''}` : trimmed;
  });
}

class PageParser {
  readonly filters = new Map<string, string[]>();
  readonly meta = new Map<string, string>();
  readonly anchorContent = new Map<string, string>();
  private anchorCounter = 0;

  private readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  private pair(spec: string, node: ParsingNode): [string, string] | undefined {
    const colon = spec.indexOf(':');
    if (colon >= 0) return [spec.slice(0, colon), normalizeDecoded(spec.slice(colon + 1))];
    return node.value === '' ? undefined : [spec, normalizeDecoded(node.value)];
  }

  /** Filters and meta of an element, at its end (valid on ignored elements too). */
  private fields(element: Tree.Element, node: ParsingNode): void {
    const filter = attribute(element, 'data-pagefind-filter');
    for (const spec of filter === undefined ? [] : attributeSpecs(filter, element)) {
      const found = this.pair(spec, node);
      if (!found) continue;
      const values = this.filters.get(found[0]) ?? [];
      values.push(found[1]);
      this.filters.set(found[0], values);
    }
    const meta = attribute(element, 'data-pagefind-meta');
    for (const spec of meta === undefined ? [] : attributeSpecs(meta, element)) {
      const found = this.pair(spec, node);
      if (found) this.meta.set(found[0], found[1]);
    }
  }

  text(text: string, node: ParsingNode): void {
    node.value += text;
    if (node.status === 'ignored' || node.status === 'excluded') return;
    for (const id of node.anchorIds ?? []) this.anchorContent.set(id, (this.anchorContent.get(id) ?? '') + text);
  }

  element(element: Tree.Element, parent: ParsingNode): void {
    const tag = element.tagName;
    for (const name of unsupported)
      if (attribute(element, name) !== undefined)
        throw new Error(`${this.file}: <${tag} ${name}> is not supported by the native indexer`);
    const ignore = attribute(element, 'data-pagefind-ignore')?.toLowerCase();
    const own: Status =
      attribute(element, 'data-pagefind-body') !== undefined
        ? 'body'
        : ignore === undefined
          ? 'indexing'
          : ['', 'index', 'true'].includes(ignore)
            ? 'ignored'
            : 'excluded';
    const outsideBody = (status: Status) =>
      parent.status === 'parentOfBody' && status !== 'body' && status !== 'parentOfBody';
    let anchorId: string | undefined;
    const id = attribute(element, 'id');
    if (id !== undefined && own !== 'excluded' && own !== 'ignored' && !outsideBody(own)) {
      const elementId = id.replace(/\p{White_Space}/gu, '');
      parent.value += ` ___PAGEFIND_ANCHOR___${tag}:${this.anchorCounter}:${elementId} `;
      anchorId = `${this.anchorCounter}:${elementId}`;
      this.anchorCounter += 1;
    }
    if (own !== 'excluded' && tag === 'br') parent.value += ' ';
    const inherited = parent.anchorIds && inlineElements.has(tag) ? [...parent.anchorIds] : undefined;
    const anchorIds = anchorId ? [...(inherited ?? []), anchorId] : inherited;
    const node: ParsingNode = {
      value: '',
      status: parent.status === 'excluded' ? 'excluded' : own,
      ...(anchorIds ? { anchorIds } : {}),
    };
    if (removedElements.has(tag)) node.status = 'ignored';
    if (voidElements.has(tag)) {
      if (node.status !== 'excluded') this.fields(element, node);
      return;
    }
    for (const child of element.childNodes) {
      if (isElement(child)) this.element(child, node);
      else if (child.nodeName === '#text') this.text((child as Tree.TextNode).value, node);
    }
    this.end(element, node, parent);
  }

  private end(element: Tree.Element, node: ParsingNode, parent: ParsingNode): void {
    if (node.status === 'excluded') return;
    this.fields(element, node);
    const tag = element.tagName;
    if (tag === 'h1' && !this.meta.has('auto_title') && node.value.trim() !== '')
      this.meta.set('auto_title', normalizeDecoded(node.value));
    if (tag === 'title' && !this.meta.has('auto_page_title'))
      this.meta.set('auto_page_title', normalizeDecoded(node.value));
    if (node.status === 'ignored') return;
    if (sentenceElements.has(tag)) {
      node.value = ` ${node.value}${sentenceCharacter.test(node.value) ? '.' : ''} `;
    }
    const weight = attribute(element, 'data-pagefind-weight');
    if (weight !== undefined) {
      node.value = ` ___PAGEFIND_WEIGHT___${weight} ${node.value} ___END_PAGEFIND_WEIGHT___ `;
    } else if (headingWeights[tag]) {
      node.value = ` ___PAGEFIND_AUTO_WEIGHT___${headingWeights[tag]} ${node.value} ___END_PAGEFIND_WEIGHT___ `;
    }
    if (parent.status === 'parentOfBody' && node.status !== 'body' && node.status !== 'parentOfBody') return;
    if (node.status === 'indexing') {
      parent.value += node.value;
    } else {
      if (parent.status !== 'parentOfBody') parent.value = '';
      parent.value += node.value;
      parent.status = 'parentOfBody';
    }
  }

  /** The meta with the page's own title, else its first h1's, else its <title>'s; sentinels removed. */
  finalMeta(): Map<string, string> {
    const meta = new Map(this.meta);
    for (const fallback of ['auto_title', 'auto_page_title']) {
      const title = meta.get(fallback);
      meta.delete(fallback);
      if (title !== undefined && !meta.has('title')) meta.set('title', title);
    }
    for (const [key, value] of meta) meta.set(key, value.replace(privateSentinel, ''));
    return meta;
  }
}

/** The sentinel's number, parsed as Rust parses an f32 (else 1). */
function sentinelNumber(text: string): number {
  const value = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : Number.NaN;
  return Number.isNaN(value) ? 1 : value;
}

/** Rust's `as u8` of an f32: truncated, saturating. */
const asByte = (value: number) => Math.min(255, Math.max(0, Math.trunc(value)));

interface Digest {
  content: string;
  words: Map<string, Occurrences>;
  anchors: PageAnchor[];
  wordCount: number;
}

/** Pagefind's parse_digest: the page's words with positions and weights, its content and anchors. */
function parseDigest(digest: string, anchorContent: Map<string, string>): Digest {
  const words = new Map<string, Occurrences>();
  // A page says most of its words many times: each is looked up once, in this page's own map.
  const listsOf = new Map<string, WordLists>();
  const anchors: PageAnchor[] = [];
  const content: string[] = [];
  const weights = [24];
  let position = 0;
  let lastPosition = 0;
  for (const word of digest.split(whitespace)) {
    if (word === '') continue;
    // Pagefind's sentinels, which the parser put in the text; few words start so.
    if (word.startsWith('___')) {
      if (word.startsWith('___PAGEFIND_ANCHOR___')) {
        const rest = word.slice('___PAGEFIND_ANCHOR___'.length);
        const colon = rest.indexOf(':');
        if (colon >= 0) {
          const anchorId = rest.slice(colon + 1);
          const idColon = anchorId.indexOf(':');
          if (idColon >= 0) {
            // Pagefind normalizes the anchor text twice, decoding its entities each time.
            const text = normalizeDecoded(decodeHTML(normalizeDecoded(anchorContent.get(anchorId) ?? '')));
            anchors.push({ element: rest.slice(0, colon), id: anchorId.slice(idColon + 1), text, location: position });
          }
        }
        continue;
      }
      if (word.startsWith('___PAGEFIND_WEIGHT___')) {
        const weight = sentinelNumber(word.slice('___PAGEFIND_WEIGHT___'.length));
        weights.push(weight <= 0 ? 0 : Math.max(1, asByte(Math.min(10, weight) * 24)));
        continue;
      }
      if (word.startsWith('___PAGEFIND_AUTO_WEIGHT___')) {
        const weight = sentinelNumber(word.slice('___PAGEFIND_AUTO_WEIGHT___'.length));
        weights.push(weights.length === 1 ? asByte(Math.min(10, Math.max(0, weight)) * 24) : weights.at(-1)!);
        continue;
      }
      if (word.startsWith('___END_PAGEFIND_WEIGHT___')) {
        weights.pop();
        continue;
      }
    }
    const base = word.includes('\u200b') ? word.replaceAll('\u200b', '') : word;
    if (base === '') continue;
    content.push(base);
    const wordWeight = weights.at(-1) ?? 1;
    let target = listsOf.get(base);
    if (target === undefined) {
      const indexable = indexableWords(base);
      target = {
        lists: indexable.map(({ stemmed, original }) => occurrenceList(words, stemmed, original)),
        compoundParts: indexable.map(({ compoundPart }) => compoundPart),
        partCount: indexable.filter(({ compoundPart }) => compoundPart).length,
      };
      listsOf.set(base, target);
    }
    const { lists, compoundParts, partCount } = target;
    const partWeight =
      partCount > 0 && wordWeight > 0 ? Math.max(1, Math.trunc(wordWeight / Math.min(partCount, 255))) : 0;
    for (let index = 0; index < lists.length; index += 1)
      lists[index]!.push(occurrence(position, compoundParts[index] ? partWeight : wordWeight));
    lastPosition = position;
    position += 1;
  }
  return { content: content.join(' '), words, anchors, wordCount: lastPosition + 1 };
}

/** Pagefind's parse_meta_words: each meta field's words, by field number and position in the field. */
function metaWords(meta: Map<string, string>, fields: string[]): Map<string, Occurrences> {
  if (fields.length > 256) throw new Error(`Pagefind: a page with ${fields.length} meta fields, more than 256`);
  const words = new Map<string, Occurrences>();
  fields.forEach((name, field) => {
    const value = meta.get(name) ?? '';
    value
      .split(whitespace)
      .filter((word) => word !== '')
      .forEach((word, position) => {
        for (const { stemmed, original } of indexableWords(word))
          addOccurrence(words, stemmed, occurrence(position, field), original);
      });
  });
  return words;
}

/** The URL Pagefind gives the page at `file` of the site: index.html stripped. */
export function pageUrl(file: string): string {
  const url = file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file === 'index.html' ? '' : file;
  return `/${url}`;
}

/** What Pagefind reads of the page `html`, at `file` in the site. */
export function fossickPage(html: string, file: string): FossickedPage {
  return fossickDocument(parse(html), file);
}

/** What Pagefind reads of a page already parsed, by parse5, to `document`. */
export function fossickDocument(document: Tree.Document, file: string): FossickedPage {
  const parser = new PageParser(file);
  const root: ParsingNode = { value: '', status: 'indexing' };
  for (const child of document.childNodes) if (isElement(child)) parser.element(child, root);
  const { content, words, anchors, wordCount } = parseDigest(normalizeDecoded(root.value), parser.anchorContent);
  const meta = parser.finalMeta();
  const fields = [...meta.keys()].sort(compareWords);
  const filters = [...parser.filters.keys()].sort(compareWords);
  return {
    fragment: {
      url: pageUrl(file),
      content,
      word_count: wordCount,
      filters: Object.fromEntries(
        filters.map((name) => [name, parser.filters.get(name)!.map((value) => value.replace(privateSentinel, ''))]),
      ),
      meta: Object.fromEntries(fields.map((name) => [name, meta.get(name)!])),
      anchors,
    },
    words,
    metaWords: metaWords(meta, fields),
    hasCustomBody: root.status === 'parentOfBody',
  };
}
