// What Pagefind needs of a built page, cut out before indexing: the <html> tag (its lang), the
// data-pagefind-* meta tags, and the data-pagefind-body element without its data-pagefind-ignore
// parts. A case page is ~70 kB of HTML (navigation, inline QR code, citation box) around ~9 kB of
// indexed text; handing Pagefind only the latter cuts its parsing several-fold.

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

/** Index just past the element opened at `start` (tag name `tag`), matching nested same-name tags. */
function elementEnd(html: string, start: number, tag: string): number {
  const openEnd = html.indexOf('>', start) + 1;
  if (voidElements.has(tag) || html[openEnd - 2] === '/') return openEnd;
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = openEnd;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return html.length;
}

const openTag = (attribute: string) => new RegExp(`<([a-zA-Z][\\w-]*)\\b[^>]*\\s${attribute}\\b[^>]*>`, 'g');

/** `html` without the elements carrying data-pagefind-ignore (and their content). */
export function withoutIgnored(html: string): string {
  let kept = '';
  let from = 0;
  const ignored = openTag('data-pagefind-ignore');
  for (let match = ignored.exec(html); match; match = ignored.exec(html)) {
    kept += html.slice(from, match.index);
    from = elementEnd(html, match.index, match[1]!.toLowerCase());
    ignored.lastIndex = from;
  }
  return kept + html.slice(from);
}

/** The page reduced to what Pagefind indexes; a page without data-pagefind-body is returned as it is. */
export function searchableHtml(html: string): string {
  const body = openTag('data-pagefind-body').exec(html);
  if (!body) return html;
  const root = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  const metas = html.match(/<meta\b[^>]*\sdata-pagefind-[\w-]+[^>]*>/g) ?? [];
  const element = html.slice(body.index, elementEnd(html, body.index, body[1]!.toLowerCase()));
  return `<!DOCTYPE html>${root}<head>${metas.join('')}</head><body>${withoutIgnored(element)}</body></html>`;
}
