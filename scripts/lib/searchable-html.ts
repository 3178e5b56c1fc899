// What Pagefind needs of a built page, cut out before indexing: the <html> tag (its lang), the
// data-pagefind-* meta tags, and the data-pagefind-body element without its data-pagefind-ignore
// parts. A case page is ~70 kB of HTML (navigation, inline QR code, citation box) around ~9 kB of
// indexed text; handing Pagefind only the latter cuts its parsing several-fold.
//
// The page is read with parse5, the HTML parser Astro's Markdown pipeline ships, and written
// again by its serializer: a source sentence holding `<div class="x">`, a title holding
// `</title>` or `<!--` are text like any other (regular expressions over the HTML lost the
// case body or cut the title at them).
import {
  defaultTreeAdapter as adapter,
  html as parse5Html,
  parse,
  serializeOuter,
  type DefaultTreeAdapterTypes as Tree,
} from 'parse5';

export interface SearchablePage {
  /** The cut page, its text turned by `indexText` (scripts and styles untouched). */
  html: string;
  /** `html` as parse5 parses it, made of the cut page's own nodes: the indexer need not parse it again. */
  document: Tree.Document;
  /** The text Pagefind indexes as content, as written (before `indexText`). */
  text: string;
  /** The values of the data-pagefind-* meta tags, as written. */
  meta: string[];
}

/**
 * Characters of a page's text indexed at most. The longest article the ingest publishes has
 * 100,000 (src/ingest/extract/index.ts); a page far longer (a case file grown by hand to 5 MB)
 * is indexed only this far, so that no search has to load, verify and quote megabytes of one
 * page — it kept a tab busy for minutes. A term said only beyond it is not found on that page.
 */
export const pageTextBudget = 200_000;

/** Elements whose content is not text a reader sees. */
const notText = new Set(['script', 'style', 'template', 'noscript']);

const isElement = (node: Tree.Node): node is Tree.Element => 'tagName' in node;

const attribute = (element: Tree.Element, name: string) => element.attrs.find((attr) => attr.name === name);

const hasPagefindAttribute = (element: Tree.Element) =>
  element.attrs.some((attr) => attr.name.startsWith('data-pagefind-'));

/** The elements below `root` matching `test`, in document order; `skip` subtrees are not entered. */
function* matching(
  root: Tree.ParentNode,
  test: (element: Tree.Element) => boolean,
  skip: (element: Tree.Element) => boolean = () => false,
): Generator<Tree.Element> {
  const stack: Tree.Node[] = [...root.childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (test(node)) yield node;
    if (!skip(node))
      for (let index = node.childNodes.length - 1; index >= 0; index -= 1) stack.push(node.childNodes[index]!);
  }
}

/**
 * Removes the data-pagefind-ignore elements and comments below `roots`, and the text beyond
 * {@link pageTextBudget}; turns each text node by `indexText`, and collects the text as written.
 */
function prune(roots: Tree.Element | Tree.Element[], indexText: (text: string) => string): string {
  const texts: string[] = [];
  let room = pageTextBudget;
  const visit = (parent: Tree.ParentNode) => {
    parent.childNodes = parent.childNodes.filter((child) => {
      if (child.nodeName === '#comment') return false;
      if (child.nodeName === '#text') {
        const text = child as Tree.TextNode;
        if (room <= 0) return false;
        const kept = text.value.length > room ? text.value.slice(0, room) : text.value;
        room -= kept.length;
        texts.push(kept);
        text.value = indexText(kept);
        return true;
      }
      if (!isElement(child)) return true;
      if (attribute(child, 'data-pagefind-ignore')) return false;
      if (!notText.has(child.tagName)) visit(child);
      return true;
    });
  };
  for (const root of [roots].flat()) visit(root);
  // Apart, as Pagefind reads them: a pair never spans two text nodes.
  return texts.join('\n');
}

/**
 * The page reduced to what Pagefind indexes, its text turned by `indexText` (the character pairs,
 * src/utils/search/pairs.ts). A page without data-pagefind-body is kept whole, its text turned.
 */
export function searchablePage(html: string, indexText: (text: string) => string = (text) => text): SearchablePage {
  const document = parse(html);
  const root = document.childNodes.find(isElement)!;
  const isBody = (element: Tree.Element) => attribute(element, 'data-pagefind-body') !== undefined;
  // Every marked element, as Pagefind indexes them all (a measure page marks its name, its
  // category line and its definition); one inside another is part of the outer one.
  const bodies = [...matching(root, isBody, isBody)];
  // Outside the body, as the body's own are kept with it.
  const metas = [...matching(root, (element) => element.tagName === 'meta' && hasPagefindAttribute(element), isBody)];
  const meta = metas.map((element) => attribute(element, 'content')?.value ?? '');
  if (bodies.length === 0) {
    const text = prune(root, indexText);
    return { html: `<!DOCTYPE html>${serializeOuter(root)}`, document, text, meta };
  }
  const text = prune(bodies, indexText);
  root.childNodes = [];
  const [openTag] = serializeOuter(root).split('</html>');
  const cut = `<!DOCTYPE html>${openTag}<head>${metas.map((element) => serializeOuter(element)).join('')}</head><body>${bodies.map((body) => serializeOuter(body)).join('')}</body></html>`;
  return { html: cut, document: cutDocument(root, metas, bodies), text, meta };
}

/** The document `html` parses to: `root`'s tag, a head of `metas`, a body of `bodies` (moved there). */
function cutDocument(root: Tree.Element, metas: Tree.Element[], bodies: Tree.Element[]): Tree.Document {
  const document = adapter.createDocument();
  adapter.setDocumentType(document, 'html', '', '');
  const element = (tagName: string, children: Tree.Element[], attrs: Tree.Element['attrs'] = []) => {
    const made = adapter.createElement(tagName, parse5Html.NS.HTML, attrs);
    for (const child of children) {
      adapter.detachNode(child);
      adapter.appendChild(made, child);
    }
    return made;
  };
  adapter.appendChild(document, element('html', [element('head', metas), element('body', bodies)], root.attrs));
  return document;
}
