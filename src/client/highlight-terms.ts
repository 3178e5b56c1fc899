// On a case page reached from a search result (/cases/x/?highlight=暖心驿站#p-…), marks the
// strings in the case text and scrolls the first one in view. Does nothing without ?highlight.
import { findSpans } from '../utils/search/excerpt.ts';
import { decodeUrlText } from '../utils/url-text.ts';

const strings = new URLSearchParams(location.search).getAll('highlight').filter((text) => text.trim().length > 0);
const root = document.querySelector('[data-pagefind-body]');

function markTextNode(node: Text): HTMLElement[] {
  const text = node.data;
  const spans = findSpans(text, strings);
  const marks: HTMLElement[] = [];
  for (const span of [...spans].reverse()) {
    const chars = Array.from(text);
    const startOffset = chars.slice(0, span.start).join('').length;
    const endOffset = chars.slice(0, span.end).join('').length;
    const hit = node.splitText(startOffset);
    hit.splitText(endOffset - startOffset);
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    hit.replaceWith(mark);
    mark.append(hit);
    marks.unshift(mark);
  }
  return marks;
}

if (strings.length > 0 && root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-pagefind-ignore], script, style')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const marks = nodes.flatMap(markTextNode);
  const target = location.hash ? document.getElementById(decodeUrlText(location.hash.slice(1))) : null;
  const first = marks.find((mark) => !target || target.contains(mark)) ?? marks[0];
  if (first && !target) first.scrollIntoView({ block: 'center' });
}
