import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importedModules, moduleScripts, staticImports, withModulePreloads } from './module-preload.ts';

const page = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('moduleScripts', () => {
  it('lists the module scripts with a src, wherever they stand (Astro may put one after </html>)', () => {
    const html = `${page('<script>inline()</script>', '<script type="module" src="/_astro/nav.js"></script><script src="/classic.js"></script><script type="module">import "/x.js"</script>')}<script type="module" src="/_astro/kit.js"></script>`;
    expect(moduleScripts(html)).toEqual(['/_astro/nav.js', '/_astro/kit.js']);
  });
});

describe('staticImports', () => {
  it('takes import and export-from statements, not dynamic imports or text that looks like one', async () => {
    const code = `import{a as e}from"./dom.js";export{b}from"./store.js";import"./side.js";const s='from"./no.js"';import("./qr.js");`;
    expect(await staticImports(code)).toEqual(['./dom.js', './store.js', './side.js']);
  });
});

describe('importedModules', () => {
  const site = mkdtempSync(path.join(tmpdir(), 'module-preload-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  mkdirSync(path.join(site, '_astro'));
  const chunk = (name: string, code: string) => writeFileSync(path.join(site, '_astro', name), code);
  chunk('kit.js', 'import{h}from"./dom.js";import{s}from"./store.js";import("./qr.js");');
  chunk('nav.js', 'import{s}from"./store.js";');
  chunk('dom.js', 'import{m}from"./messages.js";export const h=1;');
  chunk('store.js', 'export const s=1;');
  chunk('messages.js', 'import"./dom.js";export const m=1;');
  chunk('qr.js', 'import"./qr-table.js";');

  it('follows static imports to the end, each module once, never the entries or dynamic imports', async () => {
    expect(await importedModules(site, ['/_astro/nav.js', '/_astro/kit.js'])).toEqual([
      '/_astro/store.js',
      '/_astro/dom.js',
      '/_astro/messages.js',
    ]);
  });

  it('leaves out other origins and files that are not there', async () => {
    chunk('far.js', 'import"https://cdn.example.org/x.js";import"./gone.js";');
    expect(await importedModules(site, ['/_astro/far.js', '//cdn.example.org/y.js'])).toEqual(['/_astro/gone.js']);
  });
});

describe('withModulePreloads', () => {
  it('adds one link per module at the end of the head', () => {
    const html = page('<title>讲义</title>', '<p>正文</p>');
    expect(withModulePreloads(html, ['/_astro/a.js', '/_astro/b.js'])).toBe(
      page(
        '<title>讲义</title><link rel="modulepreload" href="/_astro/a.js"><link rel="modulepreload" href="/_astro/b.js">',
        '<p>正文</p>',
      ),
    );
  });

  it('adds nothing twice when the build reuses a page it wrote before', () => {
    const once = withModulePreloads(page(''), ['/_astro/a.js']);
    expect(withModulePreloads(once, ['/_astro/a.js', '/_astro/b.js'])).toBe(
      page('<link rel="modulepreload" href="/_astro/a.js"><link rel="modulepreload" href="/_astro/b.js">'),
    );
  });

  it('leaves a page without modules to preload as it was', () => {
    expect(withModulePreloads(page('<title>x</title>'), [])).toBe(page('<title>x</title>'));
  });
});
