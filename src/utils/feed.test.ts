import { describe, expect, it } from 'vitest';
import { rssXml } from './feed.ts';

const channel = {
  title: '工会改革案例库',
  description: '各地工会改革的实践案例',
  siteUrl: 'https://example.org/',
  feedUrl: 'https://example.org/feed.xml',
};

describe('rssXml', () => {
  it('writes an RSS 2.0 channel with absolute links and measure categories', () => {
    const xml = rssXml(channel, [
      {
        title: '融入大党建 共下一盘棋',
        url: 'https://example.org/cases/a/',
        description: '北京市 · 顺义区 · 2019 年',
        categories: ['党建带工建'],
        date: '2019-12-10',
      },
    ]);
    expect(xml).toContain('<rss version="2.0"');
    expect(xml).toContain('<atom:link href="https://example.org/feed.xml" rel="self"');
    expect(xml).toContain('<link>https://example.org/cases/a/</link>');
    expect(xml).toContain('<guid isPermaLink="true">https://example.org/cases/a/</guid>');
    expect(xml).toContain('<category>党建带工建</category>');
    expect(xml).toContain('<pubDate>Mon, 09 Dec 2019 16:00:00 GMT</pubDate>');
  });

  it('leaves pubDate out when the date is unknown or not a date, and escapes text', () => {
    const xml = rssXml(channel, [
      { title: 'A & <B>', url: 'https://example.org/cases/b/', description: '', categories: [] },
      { title: 'C', url: 'https://example.org/cases/c/', description: '', categories: [], date: '2019年' },
    ]);
    expect(xml).not.toContain('<pubDate>');
    expect(xml).toContain('<title>A &amp; &lt;B&gt;</title>');
  });
});
