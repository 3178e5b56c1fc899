import iconv from 'iconv-lite';

/**
 * The encoding a saved page declares (`<meta charset="gbk">`, or the http-equiv form), read as a
 * browser's pre-scan does: from the first bytes, before the page can be parsed as text.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const charset = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!charset) return null;
  // Pages that say gb2312 or gbk are written in its superset as often as not.
  return /^(?:gb2312|gbk|x-gbk|gb_2312-80)$/.test(charset) ? 'gb18030' : charset;
}

/** A saved page's bytes as text: its declared charset, else UTF-8. Null when neither decodes it. */
export function decodeHtml(bytes: Uint8Array): { text: string; encoding: string } | null {
  const charset = declaredCharset(bytes) ?? 'utf-8';
  if (!iconv.encodingExists(charset)) return null;
  const text = iconv.decode(Buffer.from(bytes), charset).replace(/^\ufeff/, '');
  return text.includes('\ufffd') && charset !== 'utf-8' ? null : { text, encoding: charset.toUpperCase() };
}
