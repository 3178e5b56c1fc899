import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { isGzipOnDisk } from '../../src/pagefind/serving.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The path a request target asks for: origin-form (`/a/b?q`) as it is, absolute-form
 * (`http://host/a/b`) only when it names the host the request was sent to; null for anything else
 * (`*`, another host, garbage), which is answered 400.
 */
export function requestPath(target: string, host: string | undefined): string | null {
  if (target.startsWith('/')) return target;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return null;
  }
  const ours = host !== undefined && url.host.toLowerCase() === host.toLowerCase();
  return ours && (url.protocol === 'http:' || url.protocol === 'https:') ? url.pathname + url.search : null;
}

/** True when `file` is `root` or lies inside it (a sibling such as `dist-secret` does not). */
function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** Maps a URL path onto a file in `root`, the way a static host does (`/a/` → `/a/index.html`). */
export function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0')) return null;
  const candidate = path.resolve(root, `.${decoded}`);
  if (!isInside(root, candidate)) return null;
  const file = existsSync(candidate) && statSync(candidate).isFile() ? candidate : path.join(candidate, 'index.html');
  if (!existsSync(file) || !statSync(file).isFile()) return null;
  // A symbolic link inside the root may still point out of it.
  return isInside(realpathSync(root), realpathSync(file)) ? file : null;
}

/** Text, scripts and WebAssembly shrink several-fold; Pagefind's index files are gzip already. */
function compressible(type: string): boolean {
  return /^(text\/|application\/(json|xml|wasm|manifest)|image\/svg)/.test(type);
}

const gzipCache = new Map<string, { mtimeMs: number; body: Buffer }>();

/** Compressed once per file version, as a static host or CDN would. */
function gzipped(file: string): Buffer {
  const { mtimeMs } = statSync(file);
  const cached = gzipCache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.body;
  const body = gzipSync(readFileSync(file));
  gzipCache.set(file, { mtimeMs, body });
  return body;
}

/**
 * Hashed names (Astro's assets, the search bundle's folder `/pagefind/<tag>/`) are cached for a
 * year; everything else keeps its name when its content changes and is revalidated on every
 * visit. The same rule as deploy/nginx.conf.
 */
export function cacheControl(urlPath: string): string {
  return /^\/(_astro|pagefind\/[^/]+)\//.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Serves a built site on loopback, gzip-compressed where the client accepts it. Port 0 picks a free port. */
export function serveStatic(rootDir: string, port = 0, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  const root = path.resolve(rootDir);
  const server = createServer((request, response) => {
    const wanted = requestPath(request.url ?? '/', request.headers.host);
    if (wanted === null) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('400');
      return;
    }
    const file = resolveFile(root, wanted);
    const notFound = path.join(root, '404.html');
    const target = file ?? (existsSync(notFound) ? notFound : null);
    if (!target) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404');
      return;
    }
    const type = contentTypes[path.extname(target)] ?? 'application/octet-stream';
    const status = file ? 200 : 404;
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const zippedOnDisk = acceptsGzip && isGzipOnDisk(target);
    const zipNow = acceptsGzip && !zippedOnDisk && compressible(type);
    const encoding = zippedOnDisk || zipNow ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {};
    const cache = {
      'cache-control': file ? cacheControl(`/${path.relative(root, file).split(path.sep).join('/')}`) : 'no-cache',
    };
    response.writeHead(status, { 'content-type': type, ...cache, ...encoding });
    if (request.method === 'HEAD') response.end();
    else if (zipNow) response.end(gzipped(target));
    else createReadStream(target).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({ server, url: `http://${host}:${actual}/` });
    });
  });
}
