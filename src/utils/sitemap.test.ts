import { describe, expect, it } from 'vitest';
import { isIndexable, sitemapXml } from './sitemap.ts';

describe('isIndexable', () => {
  it('accepts an ordinary page', () => {
    expect(isIndexable('<html><head><title>顺义区</title></head></html>')).toBe(true);
  });

  it('refuses pages marked noindex and redirect pages', () => {
    expect(isIndexable('<meta name="robots" content="noindex">')).toBe(false);
    expect(isIndexable('<meta name="robots" content="noindex, follow" />')).toBe(false);
    expect(isIndexable('<meta http-equiv="refresh" content="0; url=/cases/new/">')).toBe(false);
  });
});

describe('sitemapXml', () => {
  it('lists each URL, escaped, in a sitemaps.org url set', () => {
    const xml = sitemapXml(['https://example.org/', 'https://example.org/?a=1&b=2']);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<url><loc>https://example.org/</loc></url>');
    expect(xml).toContain('<loc>https://example.org/?a=1&amp;b=2</loc>');
    expect(xml.match(/<url>/g)).toHaveLength(2);
  });
});
