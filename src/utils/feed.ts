import { escapeXml } from './xml.ts';

export interface FeedItem {
  title: string;
  url: string;
  description: string;
  /** Measure names, as RSS categories. */
  categories: readonly string[];
  /** Publication date (YYYY-MM-DD) when known; RSS leaves pubDate out otherwise. */
  date?: string | undefined;
}

export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the site. */
  siteUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
}

function rfc822(date: string): string | null {
  const time = Date.parse(`${date}T00:00:00+08:00`);
  return Number.isNaN(time) ? null : new Date(time).toUTCString();
}

function itemXml(item: FeedItem): string {
  const pubDate = item.date ? rfc822(item.date) : null;
  return [
    '    <item>',
    `      <title>${escapeXml(item.title)}</title>`,
    `      <link>${escapeXml(item.url)}</link>`,
    `      <guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
    `      <description>${escapeXml(item.description)}</description>`,
    ...item.categories.map((name) => `      <category>${escapeXml(name)}</category>`),
    ...(pubDate ? [`      <pubDate>${pubDate}</pubDate>`] : []),
    '    </item>',
  ].join('\n');
}

/** An RSS 2.0 document (RSS, unlike Atom, lets items without a known date stay undated). */
export function rssXml(channel: FeedChannel, items: readonly FeedItem[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.siteUrl)}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    '    <language>zh-CN</language>',
    `    <atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items.map(itemXml),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
