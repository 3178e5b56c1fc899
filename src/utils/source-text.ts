import chardet from 'chardet';
import iconv from 'iconv-lite';

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
