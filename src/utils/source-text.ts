import chardet from 'chardet';
import iconv from 'iconv-lite';
import { isSavedPage } from '../content-model/saved-page/index.ts';

/**
 * A raw source's bytes as UTF-8 text. Sources are kept byte for byte; one in GB18030 (common
 * for Chinese newspapers' exports) is decoded here rather than served as mojibake.
 */
export function sourceAsUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const detected = chardet.detect(bytes);
    const encoding = detected && iconv.encodingExists(detected) ? detected : 'gb18030';
    return iconv.decode(Buffer.from(bytes), encoding);
  }
}

/**
 * Where the raw text of a source is served: the text itself, or for a saved page the article
 * text the ingest read from it (a page is never served as HTML: its scripts would run here).
 */
export const rawTextPath = (source: string) => (isSavedPage(source) ? `/sources/${source}.txt` : `/sources/${source}`);

/** Where a saved page itself is served, as plain text (its markup shown, never run). */
export const originalPagePath = (source: string) => `/sources/original/${source}.txt`;
