// Page weight: gzip bytes of a built page's HTML plus the CSS and JS it loads (following static
// imports; the Pagefind bundle excluded), against the gzip size of the page's own text.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolveFile } from '../lib/static-server.ts';

export interface PageWeight {
  type: string;
  url: string;
  html: number;
  css: number;
  js: number;
  total: number;
  text: number;
  ratio: number;
}

const gzipBytes = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

/** The text a reader gets from the page body: tags, scripts and styles removed, spaces collapsed. */
export function pageText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  return body
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function internalAssets(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)]
    .map((match) => match[1] ?? '')
    .filter((url) => url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/pagefind/'));
}

/** A script and every module it imports, statically or not (the kit's QR encoder loads after the page), as site paths. */
function scriptClosure(site: string, entry: string, seen: Set<string>): void {
  if (seen.has(entry)) return;
  const file = resolveFile(site, entry);
  if (!file) return;
  seen.add(entry);
  const code = readFileSync(file, 'utf8');
  for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`$]+\.m?js)["'`]/g)) {
    const resolved = new URL(specifier ?? '', `http://site${entry}`).pathname;
    if (!resolved.startsWith('/pagefind/')) scriptClosure(site, resolved, seen);
  }
}

/** Weight of the page served at `url` in `site`. */
export function pageWeight(site: string, type: string, url: string): PageWeight | null {
  const file = resolveFile(path.resolve(site), url);
  if (!file || !existsSync(file)) return null;
  const html = readFileSync(file, 'utf8');
  const styles = internalAssets(html, /<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const scripts = new Set<string>();
  for (const entry of internalAssets(html, /<script\b[^>]*src="([^"]+)"/g))
    scriptClosure(path.resolve(site), entry, scripts);
  // Inline module scripts may import chunks too.
  for (const [, specifier] of html.matchAll(/<script\b[^>]*>[^<]*?(?:from|import)\s*["'](\/[^"']+\.m?js)["']/g)) {
    if (specifier && !specifier.startsWith('/pagefind/')) scriptClosure(path.resolve(site), specifier, scripts);
  }
  const sum = (urls: Iterable<string>) =>
    [...urls].reduce((total, asset) => {
      const assetFile = resolveFile(path.resolve(site), asset);
      return total + (assetFile ? gzipBytes(readFileSync(assetFile)) : 0);
    }, 0);
  const htmlBytes = gzipBytes(html);
  const css = sum(styles);
  const js = sum(scripts);
  const text = gzipBytes(pageText(html));
  const total = htmlBytes + css + js;
  return { type, url, html: htmlBytes, css, js, total, text, ratio: total / text };
}

/** The case page target of the issue: ≤ 1.5 × gzip(text) + 15 KB. */
export function caseWeightLimit(textBytes: number): number {
  return 1.5 * textBytes + 15 * 1024;
}
