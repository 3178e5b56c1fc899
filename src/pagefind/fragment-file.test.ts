import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeFragment, fragmentPath } from './fragment-file.ts';

// The shape Pagefind 1.6 writes for a case page of the pair index (shortened).
const fragment = {
  url: '/cases/beijing-shoudu-gonghui/',
  content: '建成 成职 职工 工暖 暖心 心驿 驿站 9650 家 。',
  word_count: 10,
  filters: { kind: ['case'], region: ['北京市'] },
  meta: { kind: 'case', title: '首都工会改革' },
  anchors: [{ element: 'div', id: 'p-3kd81m', text: '', location: 0 }],
};
const file = Buffer.from(`pagefind_dcd${JSON.stringify(fragment)}`);
const bytes = (buffer: Buffer) =>
  new Uint8Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.length) as ArrayBuffer);

describe('decodeFragment', () => {
  const expected = {
    url: fragment.url,
    content: fragment.content,
    meta: fragment.meta,
    filters: fragment.filters,
    anchors: [{ id: 'p-3kd81m', location: 0 }],
  };

  it('reads a fragment as stored (gzip) and as a browser hands it on after Content-Encoding: gzip', async () => {
    expect(await decodeFragment(bytes(gzipSync(file)))).toEqual(expected);
    expect(await decodeFragment(bytes(file))).toEqual(expected);
  });

  it('says which file is not a fragment', async () => {
    await expect(
      decodeFragment(bytes(Buffer.from('<!DOCTYPE html>')), '/pagefind/x/fragment/7.pf_fragment'),
    ).rejects.toThrow('/pagefind/x/fragment/7.pf_fragment: not a Pagefind fragment');
  });
});

describe('fragmentPath', () => {
  it('is the result id’s file in the bundle', () => {
    expect(fragmentPath('/pagefind/45b3d2656a/', '1a')).toBe('/pagefind/45b3d2656a/fragment/1a.pf_fragment');
  });
});
