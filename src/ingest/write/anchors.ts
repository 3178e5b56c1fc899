import { createHash } from 'node:crypto';
import type { AnchorPrefix } from '../../content-model/blocks.ts';

/** Short base36 hash of a text: the same text always gives the same anchor. */
export function textHash(text: string, length = 6): string {
  const digest = createHash('sha256').update(text).digest();
  return digest.readBigUInt64BE(0).toString(36).padStart(length, '0').slice(0, length);
}

/**
 * Anchor ids for the blocks of one case: reused from the previous file when the block's
 * text is unchanged (links survive re-ingest), else a hash of the text — never a position.
 * Duplicate texts get a salted hash so ids stay unique in the file.
 */
export function assignAnchors(
  blocks: ReadonlyArray<{ prefix: AnchorPrefix; text: string }>,
  previous: ReadonlyMap<string, string> = new Map(),
): string[] {
  const used = new Set<string>();
  const nextSalt = new Map<string, number>();
  return blocks.map(({ prefix, text }) => {
    const reused = previous.get(`${prefix}|${text}`);
    if (reused && !used.has(reused)) {
      used.add(reused);
      return reused;
    }
    const key = `${prefix}|${text}`;
    let salt = nextSalt.get(key) ?? 1;
    const idFor = (n: number) => `${prefix}-${textHash(n === 1 ? text : `${text}\u0000${n}`)}`;
    let id = idFor(salt);
    while (used.has(id)) id = idFor(++salt);
    nextSalt.set(key, salt + 1);
    used.add(id);
    return id;
  });
}
