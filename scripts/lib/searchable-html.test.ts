import { describe, expect, it } from 'vitest';
import { searchableHtml, withoutIgnored } from './searchable-html.ts';

// Cut from a built case page (dist/cases/<id>/index.html), attributes as Astro writes them.
const page = [
  '<!DOCTYPE html><html lang="zh-CN" data-astro-cid-x><head><meta charset="utf-8"><title>案例</title>',
  '<meta name="pagefind-filter-kind" data-pagefind-filter="kind[content]" content="case">',
  '<meta name="pagefind-meta-title" data-pagefind-meta="title[content]" content="台州“四个加法”">',
  '<link rel="stylesheet" href="/_astro/a.css"></head><body>',
  '<header class="site-header" data-pagefind-ignore="all"><nav><a href="/">首页</a></nav></header>',
  '<main><article class="case" data-pagefind-body><header class="case-header"><h1>台州“四个加法”</h1></header>',
  '<div class="case-overview" data-pagefind-ignore="all"><div><p>概览</p></div></div>',
  '<p id="p-3">把推进“八大员”入会作为重点。<img src="/a.png" data-pagefind-ignore></p>',
  '<div class="passage-aside" data-pagefind-ignore="all"><a href="#p-3">¶</a></div>',
  '</article><aside><svg><path d="M0 0"/></svg></aside></main></body></html>',
].join('');

describe('searchableHtml', () => {
  it('keeps the lang, the Pagefind meta tags and the body element without its ignored parts', () => {
    expect(searchableHtml(page)).toBe(
      '<!DOCTYPE html><html lang="zh-CN" data-astro-cid-x><head>' +
        '<meta name="pagefind-filter-kind" data-pagefind-filter="kind[content]" content="case">' +
        '<meta name="pagefind-meta-title" data-pagefind-meta="title[content]" content="台州“四个加法”">' +
        '</head><body><article class="case" data-pagefind-body><header class="case-header"><h1>台州“四个加法”</h1></header>' +
        '<p id="p-3">把推进“八大员”入会作为重点。</p></article></body></html>',
    );
  });
  it('keeps the measures meta whole: Pagefind indexes each name as one word, which the search page looks for', () => {
    const tagged =
      '<meta name="pagefind-meta-measures" data-pagefind-meta="measures[content]" content="暖心驿站|职工之家">';
    const html = page.replace('</head>', `${tagged}</head>`);
    expect(searchableHtml(html)).toContain(`${tagged}</head>`);
  });
  it('returns a page without data-pagefind-body unchanged', () => {
    const home = '<html lang="zh-CN"><body><h1>工会改革案例库</h1></body></html>';
    expect(searchableHtml(home)).toBe(home);
  });
});

describe('withoutIgnored', () => {
  it('removes nested elements of the same name up to their own closing tag', () => {
    expect(withoutIgnored('<div>a<div data-pagefind-ignore><div>b</div>c</div>d</div>')).toBe('<div>ad</div>');
  });
});
