import { readSavedPage, type SavedPageProblem } from '../content-model/saved-page/index.ts';
import type { PageFacts } from '../content-model/saved-page/page-facts.ts';
import { SourceError } from './read.ts';
import type { SourceFile } from './types.ts';

const problems: Record<SavedPageProblem, { reason: string; fix: string }> = {
  charset: {
    reason: '无法按网页声明的编码（<meta charset>）读出这个网页。',
    fix: '用浏览器重新“另存为网页（仅 HTML）”，或把正文复制成 UTF-8 的 .txt 文件放入 content/sources/。',
  },
  'no-article': {
    reason: '在这个网页里没有找到中文正文（可能是目录页、图片页或需要登录的页面）。',
    fix: '打开文章本身的页面再保存，或把正文复制成 .txt 文件放入 content/sources/。',
  },
};

/**
 * read (saved pages): bytes → the main article's text, the page's encoding and what its
 * metadata says; from here on the same pipeline as a pasted text.
 */
export function readHtmlSource(file: SourceFile): { text: string; encoding: string; facts: PageFacts } {
  const page = readSavedPage(file.bytes);
  if ('problem' in page) {
    const { reason, fix } = problems[page.problem];
    throw new SourceError(file.name, reason, fix);
  }
  return page;
}
