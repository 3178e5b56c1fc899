import { escapeXml } from './xml.ts';

/** True unless the page asks search engines not to index it (404, redirect and tombstone pages). */
export function isIndexable(html: string): boolean {
  return (
    !/<meta\s+[^>]*name=["']robots["'][^>]*content=["'][^"']*noindex/i.test(html) &&
    !/<meta\s+[^>]*http-equiv=["']refresh["']/i.test(html)
  );
}

/** A sitemaps.org URL set, URLs in the given order. */
export function sitemapXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}
