import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { SourceFile } from './types.ts';

export interface DecodedSource {
  name: string;
  text: string;
  /** Encoding the bytes were decoded from, e.g. `UTF-8`, `GB18030`. */
  encoding: string;
}

/** Why a source could not be read, and what the editor can do about it. */
export class SourceError extends Error {
  override name = 'SourceError';
  readonly file: string;
  readonly reason: string;
  readonly fix: string;
  constructor(file: string, reason: string, fix: string) {
    super(`${file}：${reason}\n  处理办法：${fix}`);
    this.file = file;
    this.reason = reason;
    this.fix = fix;
  }
}

const controlCharacters = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function byteOrderMark(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return null;
}

/** Share of characters outside the printable range: text has almost none, binary files many. */
function looksBinary(text: string): boolean {
  const controls = text.match(controlCharacters)?.length ?? 0;
  return controls > 0 && controls / text.length > 0.01;
}

function decodeLegacy(bytes: Uint8Array): { text: string; encoding: string } | null {
  const guess = (chardet.detect(bytes) ?? '').toUpperCase();
  const candidates = guess.startsWith('UTF-16') || guess === 'BIG5' ? [guess, 'GB18030'] : ['GB18030'];
  for (const encoding of candidates) {
    const text = iconv.decode(Buffer.from(bytes), encoding);
    if (!text.includes('\ufffd') && /\p{Script=Han}/u.test(text)) return { text, encoding };
  }
  return null;
}

/**
 * read: bytes → text. UTF-8 (with or without BOM), UTF-16 and GB18030/GBK are recognised;
 * an empty, binary or undecodable file throws a {@link SourceError}.
 */
export function readSource(file: SourceFile): DecodedSource {
  const { name, bytes } = file;
  if (bytes.length === 0 || /^\s*$/.test(decodeStrictUtf8(bytes) ?? 'x')) {
    throw new SourceError(
      name,
      '文件是空的，没有任何文字。',
      '放入文章的完整文字后重新运行 npm run ingest，或删除这个文件。',
    );
  }
  const bom = byteOrderMark(bytes);
  const decoded = bom
    ? { text: iconv.decode(Buffer.from(bytes), bom), encoding: bom }
    : (((text) => (text === null ? null : { text, encoding: 'UTF-8' }))(decodeStrictUtf8(bytes)) ??
      decodeLegacy(bytes));
  if (decoded && looksBinary(decoded.text)) {
    throw new SourceError(
      name,
      '这是二进制文件（如图片、Word 或 PDF），不是纯文本。',
      '把文章另存为纯文本（.txt，UTF-8 编码）再放入 content/sources/。',
    );
  }
  if (!decoded) {
    const binary = bytes.includes(0);
    throw new SourceError(
      name,
      binary
        ? '这是二进制文件（如图片、Word 或 PDF），不是纯文本。'
        : '无法识别文件的编码（不是 UTF-8、UTF-16 或 GBK/GB18030）。',
      '用文本编辑器把文章另存为 UTF-8 编码的 .txt 文件后重新运行 npm run ingest。',
    );
  }
  return { name, text: decoded.text.replace(/^\ufeff/, ''), encoding: decoded.encoding };
}
