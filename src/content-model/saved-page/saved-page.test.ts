import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from './article.ts';
import { declaredCharset, decodeHtml } from './decode.ts';
import { isSavedPage, readSavedPage } from './index.ts';

// Small pages made to look like a county government site (UTF-8, Open Graph) and a city union
// site (GBK, the PubDate/ArticleTitle metas Chinese CMSs write, text in a table).
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url)));

describe('saved web pages', () => {
  it('recognises .html and .htm sources', () => {
    expect(['a.html', 'b.HTM', 'c.txt'].map(isSavedPage)).toEqual([true, true, false]);
  });

  it('reads the main article and the metadata, without navigation, widgets, related links or footer', () => {
    const { text, facts } = extractHtmlArticle(new TextDecoder().decode(fixture('county-union.html')));
    expect(facts).toMatchObject({
      publication: '某县人民政府网',
      date: '2024-01-18',
      url: 'https://www.example.gov.cn/zwgk/2024/0118/123.html',
      authors: ['王小明'],
      headline: { title: '某县总工会开展“送温暖”活动' },
    });
    expect(text.split('\n\n')).toEqual(expect.arrayContaining(['精准帮扶困难职工']));
    expect(text).toContain('下一步，县总工会将推动送温暖活动常态化、长效化。');
    for (const clutter of ['您的位置', '县政协', '版权所有', '分享到', 'window.tracker', '登录'])
      expect(text).not.toContain(clutter);
  });

  it('decodes a page by its <meta charset> (GBK declared as gb2312)', () => {
    const bytes = fixture('city-union-gbk.html');
    expect(declaredCharset(bytes)).toBe('gb18030');
    expect(decodeHtml(bytes)?.text).toContain('某市总工会建成职工书屋120家');
    const { facts, text } = readSavedPage(bytes) as { text: string; facts: object };
    expect(facts).toMatchObject({ publication: '某市总工会', date: '2021-06-08' });
    expect(text).toContain('全国职工书屋示范点8家');
  });

  it('says why a page gives no article', () => {
    expect(readSavedPage(new TextEncoder().encode('<html><body><p>Login</p></body></html>'))).toEqual({
      problem: 'no-article',
    });
  });
});
