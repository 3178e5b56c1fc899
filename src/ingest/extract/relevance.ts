import { endsMidSentence } from '../chars.ts';
import type { Article } from '../types.ts';
import { toSimplified } from '../../content-model/simplified.ts';

/** Topic words: an article about union reform names the union again and again. */
const unionWords = /工会|职工之家|会员|建会/g;

/**
 * extract: why an article found in a source is not published as a case (advertisement,
 * unrelated piece, fragment), or null. An editor can publish it anyway with a setting.
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
  if (closesFirst) reasons.push(`残篇：开头缺失（首段“${first.slice(0, 12)}”从句子中间开始）`);
  const last = running.at(-1)?.text ?? '';
  if (endsMidSentence(last)) reasons.push(`残篇：结尾缺失（末段停在“…${last.slice(-8)}”）`);
  return reasons;
}
