// Pagefind's bundle on disk (pagefind/): pagefind-entry.json names the metadata file of each
// language; the metadata (pf_meta) lists the pages, the word-index chunks (index/) and the filter
// files (filter/); every pf_* file is gzip over a signature and a CBOR (or, for fragments, JSON) body.
import { copyFileSync, linkSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import { Reader, Writer, type CborValue } from './cbor.ts';

const signature = new TextEncoder().encode('pagefind_dcd');

/** The body of a pf_* file. */
export function decodePagefindFile(file: Uint8Array, name = 'file'): Uint8Array {
  const plain = gunzipSync(file);
  if (!signature.every((byte, index) => plain[index] === byte))
    throw new Error(`${name}: not a Pagefind file (signature missing)`);
  return plain.subarray(signature.length);
}

const gzipAsync = promisify(gzip);

/** A pf_* file for `body`, compressed on the thread pool. */
export function encodePagefindFile(body: Uint8Array): Promise<Buffer> {
  const plain = new Uint8Array(signature.length + body.length);
  plain.set(signature);
  plain.set(body, signature.length);
  return gzipAsync(plain);
}

export interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  [other: string]: unknown;
}

export interface MetaChunk {
  from: string;
  to: string;
  hash: string;
}

/** pf_meta: version, pages (hash and word count first), word-index chunks, filter files, sorts, meta field names. */
export interface Meta {
  version: string;
  pages: CborValue[][];
  chunks: MetaChunk[];
  filters: Array<{ filter: string; hash: string }>;
  sorts: CborValue[];
  metaFields: string[];
}

export function readEntry(bundle: string): Entry {
  return JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as Entry;
}

/** The one language of a bundle (the pair index is a single language, pairs.ts indexLanguage). */
export function bundleLanguage(bundle: string, entry = readEntry(bundle)): { language: string; hash: string } {
  const languages = Object.entries(entry.languages);
  if (languages.length !== 1)
    throw new Error(
      `${bundle}: expected one index language, found ${languages.map(([name]) => name).join(', ') || 'none'}`,
    );
  const [language, { hash }] = languages[0]!;
  return { language, hash };
}

const asStrings = (value: CborValue): string[] => (value as CborValue[]).map(String);

export function decodeMeta(body: Uint8Array): Meta {
  const [version, pages, chunks, filters, sorts, metaFields = []] = new Reader(body).value() as CborValue[][];
  return {
    version: String(version),
    pages: pages as CborValue[][],
    chunks: (chunks as CborValue[][]).map(([from, to, hash]) => ({
      from: String(from),
      to: String(to),
      hash: String(hash),
    })),
    filters: (filters as CborValue[][]).map(([filter, hash]) => ({ filter: String(filter), hash: String(hash) })),
    sorts: sorts as CborValue[],
    metaFields: asStrings(metaFields),
  };
}

export function encodeMeta(meta: Meta): Uint8Array {
  return new Writer()
    .value([
      meta.version,
      meta.pages,
      meta.chunks.map(({ from, to, hash }) => [from, to, hash]),
      meta.filters.map(({ filter, hash }) => [filter, hash]),
      meta.sorts,
      meta.metaFields,
    ])
    .bytes();
}

export function readMeta(bundle: string, hash = bundleLanguage(bundle).hash): Meta {
  const file = path.join(bundle, `pagefind.${hash}.pf_meta`);
  return decodeMeta(decodePagefindFile(readFileSync(file), file));
}

/** Each fragment of an unmerged bundle as Pagefind wrote it (its JSON), by the page's URL. */
export function readFragments(bundle: string): Map<string, string> {
  const folder = path.join(bundle, 'fragment');
  const fragments = new Map<string, string>();
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    const json = new TextDecoder().decode(decodePagefindFile(readFileSync(file), file));
    fragments.set((JSON.parse(json) as { url: string }).url, json);
  }
  return fragments;
}

/** A bundle's runtime files (pagefind.js, its worker, wasm, UI), by name in order: every file but its metadata and entry. */
export function runtimeFiles(bundle: string): string[] {
  return readdirSync(bundle)
    .sort()
    .filter(
      (name) =>
        statSync(path.join(bundle, name)).isFile() && !name.endsWith('.pf_meta') && name !== 'pagefind-entry.json',
    );
}

/** A hard link where the file system allows one (the shard cache keeps its bundles), else a copy. */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
