import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from './testing.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../content-model/saved-page/__fixtures__/${name}`, import.meta.url)));

describe('saved web pages in the ingest', () => {
  it('goes through the same pipeline as a pasted text: title, provenance, year, byline, tags', () => {
    const outcome = ingestBytes('010_county.html', fixture('county-union.html'));
    if (!outcome.ok) throw new Error(outcome.error);
    const [article] = outcome.articles.filter((entry) => entry.mdx);
    expect(article?.draft).toMatchObject({
      title: '某县总工会开展“送温暖”活动',
      year: 2024,
      provenance: {
        publication: '某县人民政府网',
        date: '2024-01-18',
        url: 'https://www.example.gov.cn/zwgk/2024/0118/123.html',
      },
    });
    expect(article?.measures).toContain('hardship-assistance');
    const gbk = ingestBytes('011_city.html', fixture('city-union-gbk.html'));
    if (!gbk.ok) throw new Error(gbk.error);
    const [city] = gbk.articles.filter((entry) => entry.mdx);
    expect(city?.draft.authors).toEqual(['李四']);
    expect(city?.draft.body[0]?.text.startsWith('某市总工会日前召开')).toBe(true);
  });

  it('refuses a page with no Chinese article, saying what to do', () => {
    const outcome = ingestBytes('empty.html', new TextEncoder().encode('<html><body><p>Login</p></body></html>'));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatch(/没有找到中文正文[\s\S]*处理办法/);
  });
});
