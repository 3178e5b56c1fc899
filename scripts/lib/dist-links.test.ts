import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSiteLinks, pagePath, readPageLinks } from './dist-links.ts';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__/dist-links');

describe('readPageLinks', () => {
  it('collects ids and internal href/src values, skipping external links, scripts and comments', () => {
    const { ids, links } = readPageLinks(
      '<a name="top"></a><p id="p-1">x</p><a href="/a/?q=1&amp;b=2#p-1">x</a><img src="/i.png"><a href="https://x.org/">x</a>' +
        '<script src="/s.js">const a = "<a href=\\"/not/\\">";</script><!-- <a href="/c/"> -->',
    );
    expect([...ids]).toEqual(['top', 'p-1']);
    expect(links).toEqual(['/a/?q=1&b=2#p-1', '/i.png', '/s.js']);
  });
});

describe('checkSiteLinks', () => {
  it('reports exactly the missing pages, files and anchors of the fixture site', () => {
    const { pages, broken } = checkSiteLinks(fixture);
    expect(pages).toEqual(['cases/a/index.html', 'index.html']);
    expect(broken).toEqual([
      { page: 'cases/a/index.html', link: '/cases/b/', reason: '/cases/b/ 不存在' },
      { page: 'cases/a/index.html', link: '/#missing', reason: '/ 中没有 id="missing"' },
      { page: 'cases/a/index.html', link: '#p-9', reason: '/cases/a/ 中没有 id="p-9"' },
      { page: 'cases/a/index.html', link: '/images/none.png', reason: '/images/none.png 不存在' },
    ]);
  });

  it('maps built files to the URLs they are served at', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('cases/a/index.html')).toBe('/cases/a/');
    expect(pagePath('404.html')).toBe('/404.html');
  });
});
