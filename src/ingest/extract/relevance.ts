import { endsMidSentence } from '../chars.ts';
import type { Article } from '../types.ts';
import { toSimplified } from '../../content-model/simplified.ts';

/** Topic words: an article about union reform names the union again and again. */
const unionWords = /工会|职工之家|会员|建会/g;

/**
 * extract: why an article found in a source is not published as a case — an advertisement,
 * a piece not about unions, or the second half of an article whose beginning is elsewhere
 * (it opens inside a sentence: its title and lead are on another page). A union article
 * that only stops early is published, with a warning ({@link cutOffNotice}). An editor can
 * publish anything anyway with a setting.
 */
export function setAsideReasons(article: Article): string[] {
  const running = article.body.filter((block) => block.kind === 'paragraph' || block.kind === 'turn');
  if (running.length === 0) return ['没有正文段落'];
  const text = [article.title ?? '', ...article.body.map((block) => block.text)].join('\n');
  const mentions = toSimplified(text.slice(0, 50_000)).match(unionWords)?.length ?? 0;
  const reasons: string[] = [];
  if (/(?:https?:\/\/|www\.)\S+/.test(text) && article.bylines.length === 0 && mentions < 3) {
    reasons.push('广告（有网址、无作者，与工会无关）');
  } else if (mentions < 3) {
    reasons.push(`与工会改革无关（“工会”等词只出现 ${mentions} 次）`);
  }
  const first = running[0]?.text ?? '';
  const closesFirst = /^[^“‘（《]*[”’）》]/.test(first);
  if (closesFirst) reasons.push(`后半篇：开头在别处（首段“${first.slice(0, 12)}”从句子中间开始，是接续别处的文章）`);
  return reasons;
}

/** A published article that stops inside a sentence: the rest of the page was not saved. */
export function cutOffNotice(article: Article): string | null {
  const last = article.body.filter((block) => block.kind === 'paragraph' || block.kind === 'turn').at(-1)?.text ?? '';
  return last && endsMidSentence(last)
    ? `结尾可能缺失：末段停在“…${last.slice(-8)}”（网页没有存全，或分栏跳转）。已照原样发布，请对照原文补全或确认。`
    : null;
}
