import { describe, expect, it } from 'vitest';
import { pairText } from './pairs.ts';
import {
  anchoredTexts,
  closestPassage,
  formatTaggedPassages,
  fromClosestSentence,
  parseTaggedPassages,
} from './tagged-passages.ts';

describe('tagged passages meta', () => {
  const entries = [
    { measure: 'funding-guarantee', passages: ['p-3kd81m', 'p-9a0b1c'] },
    { measure: 'service-venues', passages: ['p-7f3k2a'] },
  ];

  it('round-trips each measure’s tagged passages', () => {
    const meta = formatTaggedPassages(entries);
    expect(meta).toBe('funding-guarantee=p-3kd81m,p-9a0b1c;service-venues=p-7f3k2a');
    expect(parseTaggedPassages(meta)).toEqual(entries);
  });

  it('reads nothing from an absent or malformed field, and writes no measure without passages', () => {
    expect(parseTaggedPassages(undefined)).toEqual([]);
    expect(parseTaggedPassages('funding-guarantee;=p-1;service-venues=')).toEqual([]);
    expect(formatTaggedPassages([{ measure: 'service-venues', passages: [] }])).toBe('');
  });
});

describe('closestPassage', () => {
  const passages = [
    { id: 'p-1', text: '坚持把强化基层保障作为新引擎。' },
    { id: 'p-2', text: '区财政每年安排工会经费补助，保障基层工会正常运转。' },
    { id: 'p-3', text: '建立经费保障机制。' },
  ];
  it('picks the tagged passage sharing most of the query’s character pairs', () => {
    expect(closestPassage(passages, ['经费保障'])).toBe('p-3');
    expect(closestPassage(passages, ['工会经费'])).toBe('p-2');
  });
  it('falls back to the measure’s names, then to the first passage, when none shares a pair of the query', () => {
    expect(closestPassage(passages, ['党工共建'], undefined, ['经费保障', '工会经费'])).toBe('p-2');
    expect(closestPassage(passages, ['党工共建'])).toBe('p-1');
    expect(closestPassage([], ['党工共建'])).toBeNull();
  });
});

describe('fromClosestSentence', () => {
  const text = '依法推进非公建会。推行一函两书制度；设立建会补助专项资金、实行工会主席工作补贴。';
  it('starts a passage at its sentence sharing most pairs with the measure’s names', () => {
    expect(fromClosestSentence(text, ['经费保障', '三补贴三挂钩', '建会启动经费'])).toBe(
      '设立建会补助专项资金、实行工会主席工作补贴。',
    );
  });
  it('keeps the whole passage when no sentence shares a pair', () => {
    expect(fromClosestSentence(text, ['职工书屋'])).toBe(text);
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
