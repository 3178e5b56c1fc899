import { describe, expect, it } from 'vitest';
import { pairText } from '../../src/utils/search/pairs.ts';
import { fossickDocument, fossickPage } from '../../src/pagefind/fossick.ts';
import { pageTextBudget, searchablePage } from './searchable-html.ts';

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

describe('searchablePage', () => {
  it('keeps the lang, the Pagefind meta tags and the body element without its ignored parts', () => {
    expect(searchablePage(page).html).toBe(
      '<!DOCTYPE html><html lang="zh-CN" data-astro-cid-x=""><head>' +
        '<meta name="pagefind-filter-kind" data-pagefind-filter="kind[content]" content="case">' +
        '<meta name="pagefind-meta-title" data-pagefind-meta="title[content]" content="台州“四个加法”">' +
        '</head><body><article class="case" data-pagefind-body=""><header class="case-header"><h1>台州“四个加法”</h1></header>' +
        '<p id="p-3">把推进“八大员”入会作为重点。</p></article></body></html>',
    );
  });

  it('gives the indexed text and the meta values as written, and turns only the text by indexText', () => {
    const { html, text, meta } = searchablePage(page, pairText);
    expect(text).toBe('台州“四个加法”\n把推进“八大员”入会作为重点。');
    expect(meta).toEqual(['case', '台州“四个加法”']);
    expect(html).toContain('<h1> 台州 “ 四个 个加 加法 ”</h1>');
    expect(html).toContain('content="台州“四个加法”"');
  });

  it('keeps the measures meta whole: Pagefind indexes each name as one word, which the search page looks for', () => {
    const tagged =
      '<meta name="pagefind-meta-measures" data-pagefind-meta="measures[content]" content="暖心驿站|职工之家">';
    const html = page.replace('</head>', `${tagged}</head>`);
    expect(searchablePage(html).html).toContain(`${tagged}</head>`);
  });

  it('keeps a page without data-pagefind-body whole, turning its text but not scripts, styles or attributes', () => {
    const home =
      '<html lang="zh-CN"><head></head><body><h1 id="h-1" title="大党建">大党建</h1><script>const a = "中文";</script><style>p{}</style></body></html>';
    expect(searchablePage(home, pairText).html).toBe(
      '<!DOCTYPE html><html lang="zh-CN"><head></head><body><h1 id="h-1" title="大党建"> 大党 党建 </h1><script>const a = "中文";</script><style>p{}</style></body></html>',
    );
  });

  it('keeps every data-pagefind-body element, as Pagefind indexes them all (a measure page marks three)', () => {
    const html =
      '<html lang="zh-CN"><body><h1 data-pagefind-body>职工之家</h1><p>不索引</p><p data-pagefind-body>类别：<a>服务阵地</a></p>' +
      '<section><p data-pagefind-body>定义<span data-pagefind-body>内层</span></p></section></body></html>';
    const { html: cut, text } = searchablePage(html);
    expect(text).toBe('职工之家\n类别：\n服务阵地\n定义\n内层');
    expect(cut).toBe(
      '<!DOCTYPE html><html lang="zh-CN"><head></head><body><h1 data-pagefind-body="">职工之家</h1>' +
        '<p data-pagefind-body="">类别：<a>服务阵地</a></p><p data-pagefind-body="">定义<span data-pagefind-body="">内层</span></p></body></html>',
    );
  });

  it('removes nested elements of the same name up to their own closing tag', () => {
    const html =
      '<html><body><div data-pagefind-body>a<div data-pagefind-ignore><div>b</div>c</div>d</div></body></html>';
    expect(searchablePage(html).text).toBe('a\nd');
  });

  // What a regular expression over the HTML got wrong: markup-like text is text.
  it('reads literal HTML in the text and in attribute values as text', () => {
    const title = '海淀区工会改革</title><meta name="x" content="y">';
    const html = [
      '<!DOCTYPE html><html lang="zh-CN"><head>',
      `<meta data-pagefind-meta="title[content]" content="${title.replaceAll('"', '&quot;')}">`,
      '<meta data-pagefind-filter="region[content]" content="海淀区">',
      '</head><body><article data-pagefind-body>',
      '<p data-note="a > b">见 &#x3C;div class="x"> 与 &lt;!-- 注释 --&gt; 暖心驿站</p>',
      '<div data-pagefind-ignore data-x="<div>">忽略</div><p>结尾</p>',
      '</article></body></html>',
    ].join('');
    const { html: cut, text, meta } = searchablePage(html);
    expect(meta).toEqual([title, '海淀区']);
    expect(text).toBe('见 <div class="x"> 与 <!-- 注释 --> 暖心驿站\n结尾');
    const again = searchablePage(cut);
    expect({ html: again.html, text: again.text, meta: again.meta }).toEqual({ html: cut, text, meta });
  });

  it('indexes at most pageTextBudget characters of a page, cutting inside a text node', () => {
    const passage = `<p>${'工会改革'.repeat(10_000)}</p>`;
    const html = `<html><body><article data-pagefind-body>${passage.repeat(20)}<p>末尾的话</p></article></body></html>`;
    const { text, html: cut } = searchablePage(html);
    expect(text.replaceAll('\n', '')).toHaveLength(pageTextBudget);
    expect(cut).not.toContain('末尾的话');
  });

  // The indexer reads the document instead of parsing the cut page again: it must read the same.
  it('gives the document the cut page parses to, whether it keeps the body elements or the whole page', () => {
    const pages = [
      page,
      '<html lang="zh-CN"><head><title>首页</title></head><body><h1 id="h-1">大党建</h1><!-- 注释 --><p>工会<br>驿站</p></body></html>',
      '<html lang="zh-CN"><body><h1 data-pagefind-body>职工之家</h1><p>不索引</p><p data-pagefind-body>类别：<a id="x">服务阵地</a></p></body></html>',
      '<html><body><div data-pagefind-body>a<!-- b -->c<span data-pagefind-ignore>d</span>e</div></body></html>',
    ];
    for (const html of pages) {
      const cut = searchablePage(html, pairText);
      expect(fossickDocument(cut.document, 'a/index.html'), html).toEqual(fossickPage(cut.html, 'a/index.html'));
    }
    expect(fossickDocument(searchablePage(page).document, 'a/index.html').fragment.content).toContain('八大员');
  });
});
