// How a page hands Pagefind its filters and metadata: <meta> elements in the head, read by
// Pagefind through data-pagefind-filter / data-pagefind-meta="key[content]". `name` is only there
// because HTML requires it beside `content`.
import { escapeXml } from '../utils/xml.ts';

export interface PageFields {
  filters: Array<[key: string, value: string]>;
  meta: Array<[key: string, value: string]>;
}

/** The <meta> elements of a page's fields, filters first. */
export function fieldTags({ filters, meta }: PageFields): string {
  const tag = (kind: 'filter' | 'meta', [key, value]: [string, string]) =>
    `<meta name="pagefind-${kind}-${escapeXml(key)}" data-pagefind-${kind}="${escapeXml(key)}[content]" content="${escapeXml(value)}">`;
  return [...filters.map((field) => tag('filter', field)), ...meta.map((field) => tag('meta', field))].join('');
}
