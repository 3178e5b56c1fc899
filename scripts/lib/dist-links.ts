// Checks every internal link and #anchor of a built site against the built files themselves.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles } from './search-index.ts';
import { resolveFile } from './static-server.ts';

export interface PageLinks {
  /** Every id (and <a name>) on the page. */
  ids: Set<string>;
  /** Internal URLs referenced by href/src, as written (entities decoded). */
  links: string[];
}

const entities: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decodeEntities = (value: string) =>
  value.replace(/&(?:amp|quot|#39|lt|gt);/g, (entity) => entities[entity] ?? entity);

/** Ids and internal links of one HTML page (scripts, styles and comments skipped). */
export function readPageLinks(html: string): PageLinks {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2>/gi, '$1');
  const ids = new Set<string>();
  for (const [, , value] of markup.matchAll(/\s(id|name)="([^"]*)"/g)) ids.add(decodeEntities(value ?? ''));
  const links: string[] = [];
  for (const [tag] of markup.matchAll(/<(?:a|link|script|img|source|iframe|form)\b[^>]*>/gi)) {
    for (const [, , raw] of tag.matchAll(/\s(href|src|action)="([^"]*)"/gi)) {
      const value = decodeEntities(raw ?? '').trim();
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value)) continue;
      links.push(value);
    }
  }
  return { ids, links };
}

/** The URL path a built file is served at. */
export function pagePath(relativeFile: string): string {
  return `/${relativeFile.replace(/(^|\/)index\.html$/, '$1')}`;
}

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

/** Checks all pages of `site`; returns the broken links (empty when every link resolves). */
export function checkSiteLinks(site: string): { pages: string[]; broken: BrokenLink[] } {
  const root = path.resolve(site);
  const pages = [...htmlFiles(root)].sort();
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = readPageLinks(readFileSync(file, 'utf8')).ids;
      idCache.set(file, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const { links, ids } = readPageLinks(readFileSync(path.join(root, page), 'utf8'));
    idCache.set(path.join(root, page), ids);
    const base = new URL(pagePath(page), 'http://site.invalid');
    for (const link of new Set(links)) {
      const url = new URL(link, base);
      const file = url.pathname === base.pathname ? path.join(root, page) : resolveFile(root, url.pathname);
      if (!file) {
        broken.push({ page, link, reason: `${url.pathname} 不存在` });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor)) {
        broken.push({ page, link, reason: `${url.pathname} 中没有 id="${anchor}"` });
      }
    }
  }
  return { pages, broken };
}
