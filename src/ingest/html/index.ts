import type { PageFacts } from '../furniture/index.ts';
import { SourceError } from '../read.ts';
import type { SourceFile } from '../types.ts';
import { extractHtmlArticle } from './article.ts';
import { decodeHtml } from './decode.ts';

/** Saved web pages (Ctrl+S) are sources too. */
export const isHtmlSource = (name: string) => /\.html?$/i.test(name);

/**
 * read (saved pages): bytes → the main article's text, the page's encoding and what its
 * metadata says; from here on the same pipeline as a pasted text.
 */
export function readHtmlSource(file: SourceFile): { text: string; encoding: string; facts: PageFacts } {
  const decoded = decodeHtml(file.bytes);
  if (!decoded)
    throw new SourceError(
      file.name,
      '无法按网页声明的编码（<meta charset>）读出这个网页。',
      '用浏览器重新“另存为网页（仅 HTML）”，或把正文复制成 UTF-8 的 .txt 文件放入 content/sources/。',
    );
  const { text, facts } = extractHtmlArticle(decoded.text);
  if (!/\p{Script=Han}/u.test(text))
    throw new SourceError(
      file.name,
      '在这个网页里没有找到中文正文（可能是目录页、图片页或需要登录的页面）。',
      '打开文章本身的页面再保存，或把正文复制成 .txt 文件放入 content/sources/。',
    );
  return { text, encoding: decoded.encoding, facts };
}
