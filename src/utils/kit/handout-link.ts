import { fromCompact, parsePlainQuery, plainQuery, toCompact, type Handout } from './handout.ts';

/**
 * A plain link up to this length (a few passages with short notes): readable, and opens in any
 * browser. Longer ones are compressed when the browser can (CompressionStream, deflate-raw).
 */
export const plainLinkLimit = 1500;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

async function through(stream: CompressionStream | DecompressionStream, bytes: Uint8Array): Promise<Uint8Array> {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/** The query of a handout link: {@link plainQuery}, or `?z=<deflate-raw, base64url>` when that is long. */
export async function handoutQuery(handout: Handout): Promise<string> {
  const plain = plainQuery(handout);
  if (plain.length <= plainLinkLimit || typeof CompressionStream === 'undefined') return plain;
  const packed = await through(new CompressionStream('deflate-raw'), new TextEncoder().encode(toCompact(handout)));
  const compressed = `?z=${toBase64Url(packed)}`;
  return compressed.length < plain.length ? compressed : plain;
}

/** What a link's query says: a handout, none, or a compressed one this browser cannot open. */
export type LinkedHandout = { handout: Handout } | { handout: null; unreadable: boolean };

/** Reads a handout link's query (either form). */
export async function readHandoutQuery(search: string): Promise<LinkedHandout> {
  const params = new URLSearchParams(search);
  const packed = params.get('z');
  if (packed === null) {
    const handout = parsePlainQuery(params);
    return handout ? { handout } : { handout: null, unreadable: false };
  }
  if (typeof DecompressionStream === 'undefined') return { handout: null, unreadable: true };
  try {
    const bytes = await through(new DecompressionStream('deflate-raw'), fromBase64Url(packed));
    const handout = fromCompact(new TextDecoder().decode(bytes));
    return handout ? { handout } : { handout: null, unreadable: true };
  } catch {
    return { handout: null, unreadable: true };
  }
}
