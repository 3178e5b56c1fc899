import { pinyin } from 'pinyin-pro';
import { hanCharacter } from '../chars.ts';

/** 顺义 → shunyi; non-Chinese letters and digits are kept, lowercased. */
export function pinyinSlug(text: string): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return syllables
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const functionWords = new Set(['以', '在', '为', '把', '让', '用', '对', '将', '和', '与', '的', '推进', '推动']);

let wordSegmenter: Intl.Segmenter | undefined;

/** One segmenter for the run: creating one loads the ICU dictionary each time. */
function segmenter(): Intl.Segmenter {
  wordSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return wordSegmenter;
}

/**
 * A short readable slug of a title: its first words in pinyin (融入大党建 共下一盘棋 →
 * rongru-dadangjian). Words come from the ICU Chinese word segmenter; one-character words
 * run together so 大/党/建 stays dadangjian.
 */
export function titleSlug(title: string, skip: readonly string[] = []): string {
  let text = title.split(/[\s　]+/)[0] ?? title;
  for (const name of skip) text = text.split(name).join('');
  const words = [...segmenter().segment(text)]
    .filter((part) => part.isWordLike && hanCharacter.test(part.segment))
    .map((part) => part.segment);
  const groups: string[] = [];
  let singles = false;
  for (const word of words) {
    if (groups.length === 0 && functionWords.has(word)) continue;
    const single = [...word].length === 1;
    if (single && singles) groups[groups.length - 1] += word;
    else groups.push(word);
    singles = single;
    if (groups.join('').length >= 4 && groups.length >= 2 && !single) break;
  }
  return groups.map(pinyinSlug).filter(Boolean).slice(0, 3).join('-');
}
