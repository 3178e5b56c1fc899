// <link rel="modulepreload"> for the chunks a page's module scripts import. Astro emits none, so
// the browser finds a script's imports only once the script has arrived: a round trip more
// before it can run. Only for the pages named — those whose first useful paint waits on their
// script (the handout kit) — so that a 10,000-case build does not rewrite every page.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { init, parse as parseModule } from 'es-module-lexer';
import { parse as parseHtml, type DefaultTreeAdapterTypes as Tree } from 'parse5';

/** The `src` of each `<script type="module">` in `html`, in document order. */
export function moduleScripts(html: string): string[] {
  const sources: string[] = [];
  const visit = (node: Tree.ParentNode): void => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const attribute = (name: string) => child.attrs.find((attr) => attr.name === name)?.value;
      const src = attribute('src');
      if (child.tagName === 'script' && attribute('type') === 'module' && src) sources.push(src);
      visit(child.tagName === 'template' ? (child as Tree.Template).content : child);
    }
  };
  visit(parseHtml(html));
  return sources;
}

/** The specifiers `code` imports statically (`import … from`, `export … from`), not `import()`. */
export async function staticImports(code: string): Promise<string[]> {
  await init;
  const [imports] = parseModule(code);
  return imports.filter((entry) => entry.d === -1 && entry.n !== undefined).map((entry) => entry.n!);
}

/**
 * Every module the scripts at `entries` (site paths) import statically, directly or not, as site
 * paths in the order found; the entries themselves and anything outside `siteDir` left out.
 */
export async function importedModules(siteDir: string, entries: string[]): Promise<string[]> {
  const found = new Set<string>();
  const pending = [...entries];
  for (let script = pending.shift(); script !== undefined; script = pending.shift()) {
    if (!script.startsWith('/') || script.startsWith('//')) continue;
    const code = await readFile(path.join(siteDir, script), 'utf8').catch(() => null);
    if (code === null) continue;
    for (const specifier of await staticImports(code)) {
      const imported = new URL(specifier, `http://site${script}`);
      if (imported.host !== 'site' || found.has(imported.pathname) || entries.includes(imported.pathname)) continue;
      found.add(imported.pathname);
      pending.push(imported.pathname);
    }
  }
  return [...found];
}

const elements = (node: Tree.ParentNode | undefined, tagName: string): Tree.Element[] =>
  (node?.childNodes ?? []).filter((child): child is Tree.Element => 'tagName' in child && child.tagName === tagName);

/** `html` with a modulepreload link for each of `hrefs` it has none for yet, at the end of its head. */
export function withModulePreloads(html: string, hrefs: string[]): string {
  const head = elements(elements(parseHtml(html, { sourceCodeLocationInfo: true }), 'html')[0], 'head')[0];
  const at = head?.sourceCodeLocation?.endTag?.startOffset;
  const present = new Set(
    elements(head, 'link')
      .filter((link) => link.attrs.some((attr) => attr.name === 'rel' && attr.value === 'modulepreload'))
      .map((link) => link.attrs.find((attr) => attr.name === 'href')?.value),
  );
  const missing = hrefs.filter((href) => !present.has(href));
  if (at === undefined || missing.length === 0) return html;
  return (
    html.slice(0, at) + missing.map((href) => `<link rel="modulepreload" href="${href}">`).join('') + html.slice(at)
  );
}

/** Adds the modulepreload links to the built pages at `routes` (e.g. `/kit/`). */
export function modulePreload(routes: string[]): AstroIntegration {
  return {
    name: 'archive-module-preload',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        for (const route of routes) {
          const file = path.join(siteDir, route, 'index.html');
          const html = await readFile(file, 'utf8').catch(() => null);
          if (html === null) continue;
          const modules = await importedModules(siteDir, moduleScripts(html));
          await writeFile(file, withModulePreloads(html, modules));
          logger.info(`${route}: ${modules.length} 个模块预加载`);
        }
      },
    },
  };
}
