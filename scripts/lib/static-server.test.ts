import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestPath, resolveFile, serveStatic } from './static-server.ts';

let work = '';
let root = '';
let close: () => void = () => {};
let base = '';
const fragment = gzipSync(Buffer.from('pagefind_dcd{"url":"/cases/a/"}'));
const page = '<!doctype html><html lang="zh-CN"><title>案例</title>'.padEnd(4000, '工会改革');

beforeAll(async () => {
  // The served folder is `dist`; beside it lie files no request may reach, one in a sibling whose
  // name starts with `dist` (a prefix check without a separator let it through).
  work = mkdtempSync(path.join(tmpdir(), 'static-server-'));
  root = path.join(work, 'dist');
  mkdirSync(path.join(work, 'dist-secret'), { recursive: true });
  writeFileSync(path.join(work, 'dist-secret/secret.txt'), 'secret');
  writeFileSync(path.join(work, 'secret.txt'), 'secret');
  mkdirSync(path.join(root, 'cases/a'), { recursive: true });
  writeFileSync(path.join(root, 'cases/a/index.html'), page);
  writeFileSync(path.join(root, '404.html'), '没有找到');
  symlinkSync(path.join(work, 'dist-secret'), path.join(root, 'linked'));
  mkdirSync(path.join(root, 'pagefind/b/fragment'), { recursive: true });
  writeFileSync(path.join(root, 'pagefind/b/fragment/0.pf_fragment'), fragment);
  const { server, url } = await serveStatic(root);
  close = () => server.close();
  base = url;
});
afterAll(() => {
  close();
  rmSync(work, { recursive: true, force: true });
});

function get(
  urlPath: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(new URL(urlPath, base), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

/** Sends `target` byte for byte as the request target (as `curl --path-as-is --request-target` does). */
function rawGet(target: string, host = new URL(base).host): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base);
    const socket = connect(Number(port), hostname, () =>
      socket.write(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
    );
    let reply = '';
    socket.on('data', (chunk: Buffer) => (reply += chunk.toString()));
    socket.on('error', reject);
    socket.on('end', () =>
      resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(reply)?.[1] ?? 0), body: reply.split('\r\n\r\n')[1] ?? '' }),
    );
  });
}

const traversals = [
  '/../secret.txt',
  '/../../../dist-secret/secret.txt',
  '/../dist-secret/secret.txt',
  '/%2e%2e/dist-secret/secret.txt',
  '/%2E%2E%2Fdist-secret%2Fsecret.txt',
  '/..%2fdist-secret%2fsecret.txt',
  '/.%2e/secret.txt',
  '/cases/..%2f..%2f..%2fsecret.txt',
  '/%252e%252e/secret.txt',
  '//../secret.txt',
  '/linked/secret.txt',
  'http://x/../../../dist-secret/secret.txt',
  'http://x/../secret.txt',
  'http://127.0.0.1/../dist-secret/secret.txt',
  'file:///etc/passwd',
  '../secret.txt',
  'dist-secret/secret.txt',
  '*',
];

describe('static server', () => {
  it.each(traversals)('never serves a file outside the root: %s', async (target) => {
    const answer = await rawGet(target);
    expect(answer.body).not.toContain('secret');
    expect([400, 404]).toContain(answer.status);
    expect(resolveFile(root, requestPath(target, new URL(base).host) ?? '/nothing')).toBeNull();
  });

  it('accepts an absolute-form target naming this host, and refuses other hosts', async () => {
    const host = new URL(base).host;
    expect((await rawGet(`http://${host}/cases/a/`)).status).toBe(200);
    expect(requestPath(`http://${host}/cases/a/?q=1`, host)).toBe('/cases/a/?q=1');
    expect(requestPath('http://elsewhere/cases/a/', host)).toBeNull();
    expect((await rawGet('http://elsewhere/cases/a/')).status).toBe(400);
  });

  it('maps directory URLs onto index.html and refuses paths outside the root', () => {
    expect(resolveFile(root, '/cases/a/')).toBe(path.join(root, 'cases/a/index.html'));
    expect(resolveFile(root, '/../../etc/passwd')).toBeNull();
  });

  it('serves gzip to clients that accept it, plain bytes to others', async () => {
    const zipped = await get('/cases/a/', { 'accept-encoding': 'gzip, deflate' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(Buffer.byteLength(page) / 4);
    expect(gunzipSync(zipped.body).toString()).toBe(page);
    const plain = await get('/cases/a/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
  });

  it("says that Pagefind's files are gzip, so the browser unzips them, and sends their bytes unchanged", async () => {
    const zipped = await get('/pagefind/b/fragment/0.pf_fragment', { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.equals(fragment)).toBe(true);
    const plain = await get('/pagefind/b/fragment/0.pf_fragment');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(fragment)).toBe(true);
  });

  it('answers unknown paths with the 404 page and status 404', async () => {
    const missing = await get('/nope/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe('没有找到');
  });
});
