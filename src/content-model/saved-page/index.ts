import { extractHtmlArticle } from './article.ts';
import { decodeHtml } from './decode.ts';
import type { PageFacts } from './page-facts.ts';

/** A saved web page (Ctrl+S) among the sources, not a pasted text. */
export const isSavedPage = (source: string) => /\.html?$/i.test(source);

/** Why a saved page gives no article: its declared charset does not decode it, or it holds no Chinese text. */
export type SavedPageProblem = 'charset' | 'no-article';

export type SavedPage = { text: string; encoding: string; facts: PageFacts } | { problem: SavedPageProblem };

/**
 * A saved page's article text, as the ingest reads it and the site serves it as the source's
 * raw text: one reading for both, so what an editor checks is what was ingested.
 */
export function readSavedPage(bytes: Uint8Array): SavedPage {
  const decoded = decodeHtml(bytes);
  if (!decoded) return { problem: 'charset' };
  const { text, facts } = extractHtmlArticle(decoded.text);
  if (!/\p{Script=Han}/u.test(text)) return { problem: 'no-article' };
  return { text, encoding: decoded.encoding, facts };
}
