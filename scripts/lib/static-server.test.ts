import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFile, serveStatic } from './static-server.ts';

let root = '';
let close: () => void = () => {};
let base = '';
const fragment = gzipSync(Buffer.from('pagefind_dcd{"url":"/cases/a/"}'));
const page = '<!doctype html><html lang="zh-CN"><title>案例</title>'.padEnd(4000, '工会改革');

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'static-server-'));
  mkdirSync(path.join(root, 'cases/a'), { recursive: true });
  writeFileSync(path.join(root, 'cases/a/index.html'), page);
  writeFileSync(path.join(root, '404.html'), '没有找到');
  mkdirSync(path.join(root, 'pagefind/b/fragment'), { recursive: true });
  writeFileSync(path.join(root, 'pagefind/b/fragment/0.pf_fragment'), fragment);
  const { server, url } = await serveStatic(root);
  close = () => server.close();
  base = url;
});
afterAll(() => {
  close();
  rmSync(root, { recursive: true, force: true });
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

describe('static server', () => {
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
