// A Pagefind fragment file (fragment/<id>.pf_fragment): gzip, inside it the signature
// `pagefind_dcd` and the page's JSON — its URL, text, meta, filters and anchors. The search page
// reads fragments itself rather than through Pagefind's `result.data()`, which also works out
// excerpts the page does not show (render.ts makes its own) and inflates in JavaScript where
// the browser's own decompressor is faster.

export interface Fragment {
  url: string;
  /** The indexed text: here the page's words as character pairs, separated by spaces (pairs.ts). */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: Array<{ id: string; location: number }>;
}

const signature = 'pagefind_dcd';

async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Decodes a fragment file's bytes: still gzip, or already inflated by the browser when the server
 * said `Content-Encoding: gzip` (scripts/lib/static-server.ts).
 */
export async function decodeFragment(bytes: Uint8Array<ArrayBuffer>, file = 'fragment'): Promise<Fragment> {
  const body = bytes[0] === 0x1f && bytes[1] === 0x8b ? await gunzip(bytes) : bytes;
  const text = new TextDecoder().decode(body);
  if (!text.startsWith(signature)) throw new Error(`${file}: not a Pagefind fragment (no ${signature} signature)`);
  const {
    url,
    content,
    meta = {},
    filters = {},
    anchors = [],
  } = JSON.parse(text.slice(signature.length)) as Partial<Fragment>;
  if (typeof url !== 'string' || typeof content !== 'string')
    throw new Error(`${file}: a Pagefind fragment without url or content`);
  return { url, content, meta, filters, anchors: anchors.map(({ id, location }) => ({ id, location })) };
}

/** Where Pagefind keeps the fragment of result `id` in `bundle` (a merged bundle has no fragment groups). */
export function fragmentPath(bundle: string, id: string): string {
  return `${bundle}fragment/${id}.pf_fragment`;
}
