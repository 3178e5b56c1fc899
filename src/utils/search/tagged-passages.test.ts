import { describe, expect, it } from 'vitest';
import { pairText } from './pairs.ts';
import { anchoredTexts, formatTaggedPassages, parseTaggedPassages } from './tagged-passages.ts';

describe('tagged passages meta', () => {
  const entries = [
    { names: ['经费保障', '三补贴三挂钩'], passage: 'p-3kd81m' },
    { names: ['职工之家与暖心驿站等服务阵地'], passage: 'p-7f3k2a' },
  ];

  it('round-trips each measure’s names and first tagged passage', () => {
    const meta = formatTaggedPassages(entries);
    expect(meta).toBe('经费保障|三补贴三挂钩=p-3kd81m;职工之家与暖心驿站等服务阵地=p-7f3k2a');
    expect(parseTaggedPassages(meta)).toEqual(entries);
  });

  it('reads nothing from an absent or malformed field', () => {
    expect(parseTaggedPassages(undefined)).toEqual([]);
    expect(parseTaggedPassages('经费保障;=p-1')).toEqual([]);
  });
});

describe('anchoredTexts', () => {
  // The shape of a fragment's content: the page's words as pairs, punctuation as words of its own.
  const passages = ['以党建为引领', '全年新建独立企业工会84个，发展会员1.2万人。', '打开“北京工会12351”手机APP'];
  const words = passages.map((text) => pairText(text).split(/\s+/).filter(Boolean));
  const content = words.flat().join(' ');
  const anchors = [
    { id: 'h-2m9d1c', location: 0 },
    { id: 'p-7f3k2a', location: words[0]!.length },
    { id: 'p-3kd81m', location: words[0]!.length + words[1]!.length },
  ];

  it('returns the words from the anchor to the next one, pairs joined again', () => {
    const textOf = anchoredTexts(content, anchors);
    expect(textOf('p-7f3k2a')).toBe('全年新建独立企业工会 84 个 ， 发展会员 1.2 万人 。');
    expect(textOf('p-3kd81m')).toBe('打开 “ 北京工会 12351” 手机 APP');
  });

  it('returns nothing for an id the page does not have', () => {
    expect(anchoredTexts(content, anchors)('p-missing')).toBe('');
  });
});
