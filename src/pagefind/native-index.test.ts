// The guard of the native indexer (fossick.ts, indexable-words.ts, native-bundle.ts): the same
// pages indexed by Pagefind's CLI and natively must give the same bundle, decoded — every page's
// fragment and metadata entry, every word with its postings (positions, weights, meta locations)
// and variants. Pages: the fixture archive's, made from content as the build makes them, and a
// page of words that take every rule (compounds, full stops, capitals, diacritics, emoji, weights).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSources } from '../../scripts/lib/content-sources.ts';
import { htmlFiles } from '../../scripts/lib/search-index.ts';
import { indexLanguage } from '../utils/search/pairs.ts';
import { decodePagefindFile, readMeta } from './bundle-files.ts';
import { fossickPage } from './fossick.ts';
import { pagefindRuntime, pagefindVersion, runPagefind } from './indexer.ts';
import { writeNativeBundle } from './native-bundle.ts';
import { Reader, Writer, type CborValue } from './cbor.ts';

const pagefindBin = path.resolve('node_modules/.bin/pagefind');
const fixture = path.resolve('e2e/fixtures/links-site/content');

const trickyWords = [
  'WeChat APP，2019—2021 “1+N”；103.31万人 v3.0.0-beta pagefind.app/docs',
  'snake_case e-mail camelCaseWord XMLHttpRequest alpha.beta.gamma 283.105ms',
  'café Ünïcödé İstanbul が がé 가나 ﬁx ①② 😀 👍🏽 #️⃣ x️ 2017.5 “十四五”',
  'added internal organizations pasted universally international',
].join(' ');

const trickyPage = `<!DOCTYPE html><html lang="zh-CN"><head>
<meta data-pagefind-meta="title[content]" content="Éclair 标题 v2.0">
<meta data-pagefind-filter="kind[content]" content="case">
<meta data-pagefind-meta="measures[content]" content="党建带工建 | WeChat.app"></head><body>
<article data-pagefind-body><h1 id="top">标题 Title</h1><div id="p-1"><p>${trickyWords}</p></div>
<h2>小标题 &amp; more</h2><p data-pagefind-weight="3">加权 <span id="s-1">行内 inline</span> 文字<br>换行</p>
<ul><li>一</li><li>二 2018</li></ul><p data-pagefind-ignore>不索引 ignored</p><nav>导航 nav</nav></article>
<footer>页脚</footer></body></html>`;

/** A bundle decoded by page URL: fragments and meta entries, and each word's postings. */
function decodeBundle(bundle: string): { pages: Map<string, string>; words: Map<string, string> } {
  const meta = readMeta(bundle);
  const fragments = meta.pages.map((entry) => {
    const file = path.join(bundle, 'fragment', `${String(entry[0])}.pf_fragment`);
    return new TextDecoder().decode(decodePagefindFile(readFileSync(file)));
  });
  const urls = fragments.map((fragment) => (JSON.parse(fragment) as { url: string }).url);
  const pages = new Map(
    meta.pages.map((entry, number) => [
      urls[number]!,
      JSON.stringify([fragments[number], ...entry.slice(1), meta.metaFields]),
    ]),
  );
  const hex = (item: CborValue) => Buffer.from(new Writer().value(item).bytes()).toString('hex');
  // Each posting is [page delta, locations, meta locations].
  const postings = (list: CborValue[][]) => {
    let page = 0;
    return list
      .map(([delta, locs, metaLocs]) => `${urls[(page += delta as number)]} ${hex(locs!)} ${hex(metaLocs!)}`)
      .sort()
      .join(', ');
  };
  const words = new Map<string, string>();
  for (const { hash } of meta.chunks) {
    const body = decodePagefindFile(readFileSync(path.join(bundle, 'index', `${hash}.pf_index`)));
    const [entries] = new Reader(body).value() as [Array<[string, CborValue[][], Array<[string, CborValue[][]]>]>];
    for (const [word, list, variants] of entries) {
      const forms = variants.map(([form, variant]) => `${form}: ${postings(variant)}`).sort();
      words.set(word, [postings(list), ...forms].join(' | '));
    }
  }
  return { pages, words };
}

describe('the native indexer', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'native-index-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function bothBundles(name: string, write: (site: string) => Promise<void>) {
    const site = path.join(root, name, 'site');
    mkdirSync(site, { recursive: true });
    await write(site);
    const reference = path.join(root, name, 'pagefind');
    expect(await runPagefind(pagefindBin, site, reference, indexLanguage)).toBe(0);
    const native = path.join(root, name, 'native');
    const pages = [...htmlFiles(site)]
      .sort()
      .map((file) => fossickPage(readFileSync(path.join(site, file), 'utf8'), file));
    await writeNativeBundle(
      pages,
      native,
      await pagefindRuntime(pagefindBin, pagefindVersion(pagefindBin), path.join(root, 'runtime'), indexLanguage),
    );
    return { reference: decodeBundle(reference), native: decodeBundle(native) };
  }

  function expectSame({ reference, native }: Awaited<ReturnType<typeof bothBundles>>): void {
    expect(native.pages.size).toBeGreaterThan(0);
    expect([...native.pages.keys()].sort()).toEqual([...reference.pages.keys()].sort());
    for (const [url, page] of reference.pages) expect(native.pages.get(url), url).toBe(page);
    expect(native.words.size).toBe(reference.words.size);
    for (const [word, postings] of reference.words) expect(native.words.get(word), word).toBe(postings);
  }

  it('indexes the archive pages made from content as Pagefind does', async () => {
    expectSame(
      await bothBundles('archive', async (site) => {
        for (const source of contentSources(fixture)) {
          const page = await source.page();
          mkdirSync(path.dirname(path.join(site, page.file)), { recursive: true });
          writeFileSync(path.join(site, page.file), page.html);
        }
      }),
    );
  });

  it('indexes words of every kind, weights, anchors, ignored parts and meta as Pagefind does', async () => {
    expectSame(
      await bothBundles('tricky', async (site) => {
        for (const [folder, html] of [
          ['a', trickyPage],
          ['b', `<!DOCTYPE html><html><body><main data-pagefind-body><p>${trickyWords}</p></main></body></html>`],
        ] as const) {
          mkdirSync(path.join(site, folder), { recursive: true });
          writeFileSync(path.join(site, folder, 'index.html'), html);
        }
      }),
    );
  });
});
