import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
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

/** Maps a URL path onto a file in `root`, the way a static host does (`/a/` → `/a/index.html`). */
export function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const candidate = path.join(root, path.normalize(decoded));
  if (!candidate.startsWith(root)) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  return existsSync(index) ? index : null;
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

/** Serves a built site on loopback, gzip-compressed where the client accepts it. Port 0 picks a free port. */
export function serveStatic(rootDir: string, port = 0, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  const root = path.resolve(rootDir);
  const server = createServer((request, response) => {
    const file = resolveFile(root, request.url ?? '/');
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
    response.writeHead(status, { 'content-type': type, ...encoding });
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
