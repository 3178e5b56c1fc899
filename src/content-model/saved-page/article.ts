import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import type { PageFacts } from './page-facts.ts';

const require = createRequire(import.meta.url);
let libraries: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | undefined;

/**
 * The DOM and the extractor, loaded at the first saved page: they cost a quarter of a second of
 * every ingest's start-up, and most runs read pasted texts only.
 */
function domLibraries() {
  libraries ??= {
    parseHTML: (require('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML,
    Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
  };
  return libraries;
}

/** The main article of a saved page as plain text, and what its metadata says. */
export interface HtmlArticle {
  /** Paragraphs, headings and captions one per line, blank lines between. */
  text: string;
  facts: PageFacts;
}

const blockTags = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

interface Node {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
}

/** Text of an element, one line per block element or `<br>`, blank lines between blocks. */
function blockText(root: Node): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (line.trim()) lines.push(line.replace(/\s+/g, ' ').trim());
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) line += node.textContent ?? '';
    else if (node.nodeName === 'BR') flush();
    else if (node.nodeType === 1) {
      const block = blockTags.has(node.nodeName);
      if (block) flush();
      for (const child of Array.from(node.childNodes)) walk(child);
      if (block) flush();
    }
  };
  walk(root);
  flush();
  return lines.join('\n\n');
}

type Document = ReturnType<typeof ParseHtml>['document'];

function meta(document: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const element = document.querySelector(
      `meta[property="${name}"], meta[name="${name}"], meta[name="${name.toLowerCase()}"]`,
    );
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

function isoDate(value: string | undefined): string | undefined {
  const match = value ? /((?:19|20)\d{2})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})/.exec(value) : null;
  return match ? `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}` : undefined;
}

function absoluteUrl(value: string | undefined): string | undefined {
  try {
    return value && /^https?:\/\//.test(value) ? new URL(value).href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * read (saved pages): HTML → the main article's text and metadata. Mozilla Readability finds
 * the article over linkedom's DOM; the headline, date, author, site and address come from the
 * page's own metadata (Open Graph, article:published_time, the PubDate/ArticleTitle metas of
 * Chinese government and union sites, the canonical link).
 */
export function extractHtmlArticle(html: string): HtmlArticle {
  const { parseHTML, Readability } = domLibraries();
  const { document } = parseHTML(html);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const facts: PageFacts = {
    publication: meta(document, 'og:site_name', 'SiteName', 'ContentSource', 'source'),
    date: isoDate(meta(document, 'article:published_time', 'PubDate', 'publishdate', 'pubdate', 'date')),
    url: absoluteUrl(canonical) ?? absoluteUrl(meta(document, 'og:url')),
  };
  const author = meta(document, 'author', 'article:author', 'Author');
  if (author && /^[\p{Script=Han}]{2,4}(?:[ 、，,][\p{Script=Han}]{2,4})*$/u.test(author))
    facts.authors = author.split(/[ 、，,]+/);
  const headline =
    meta(document, 'og:title', 'ArticleTitle', 'title') ?? document.querySelector('h1')?.textContent?.trim();
  // Readability changes the document it reads; the metadata is read first.
  const article = new Readability(document as unknown as globalThis.Document, { charThreshold: 100 }).parse();
  const title = headline ?? article?.title ?? undefined;
  if (title) facts.headline = { title: title.replace(/\s+/g, ' ').trim() };
  const { document: content } = parseHTML(`<!doctype html><html><body>${article?.content ?? ''}</body></html>`);
  let text = blockText(content.body as unknown as Node);
  // The headline stays in the metadata; repeated as the body's first line it would read as text.
  if (title) text = text.replace(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\n+`), '');
  return { text, facts: Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined)) };
}
