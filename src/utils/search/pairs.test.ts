import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairQuery, pairText, chainsOn, characterPairs, unpairText } from './pairs.ts';

describe('unpairText', () => {
  it('chains the pairs Pagefind returns with plain spaces', () => {
    expect(unpairText('把推 推进 “ 八大 大员 ”( 货车 车司 司机 、 快递 递员')).toBe(
      '把推进 “ 八大员 ”( 货车司机 、 快递员',
    );
  });
  it('undoes the index’s pairing of a real sentence, up to spaces', () => {
    const sentence = '全年新建独立企业工会84个，建成职工暖心驿站9650家。';
    const indexed = pairText(sentence).replace(/\s+/g, ' ');
    expect(unpairText(indexed).replace(/\s+/g, '')).toBe(sentence);
  });
  it('keeps single characters and Latin words apart', () => {
    expect(unpairText('打 开 北京 京工 工会 12351 手机 APP')).toBe('打 开 北京工会 12351 手机 APP');
  });
  // Without spaces in the text: two runs apart only by a space pair like one (八〇 〇八 → 八〇八).
  it('gives back any text without spaces that the index paired (also characters beyond the BMP and 〇)', () => {
    const character = fc.constantFrom('八', '大', '员', '𠀀', '𠀁', '〇', 'a', '1', '“', '、');
    fc.assert(
      fc.property(fc.array(character, { maxLength: 30 }), (characters) => {
        const text = characters.join('');
        expect(unpairText(pairText(text)).replace(/\s+/g, '')).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('search text as character pairs', () => {
  it('turns each run of Chinese characters into overlapping pairs and leaves other text alone', () => {
    expect(pairText('暖心驿站')).toBe(' 暖心 心驿 驿站 ');
    expect(pairText('会APP，12351')).toBe(' 会 APP，12351');
    expect(pairText('打开“北京工会12351”')).toBe(' 打开 “ 北京 京工 工会 12351”');
  });

  it('makes a query of the same pairs, separated by single spaces', () => {
    expect(pairQuery('暖心驿站 货车司机')).toBe('暖心 心驿 驿站 货车 车司 司机');
    expect(pairQuery('八大员')).toBe('八大 大员');
    expect(pairQuery('会')).toBe('会');
  });
});

describe('characterPairs', () => {
  it('gives the overlapping pairs of a term, a lone character standing for itself', () => {
    expect(characterPairs('暖心驿站')).toEqual(['暖心', '心驿', '驿站']);
    expect(characterPairs('员')).toEqual(['员']);
  });
});

describe('chainsOn', () => {
  it('links two pairs that share a character, and nothing else', () => {
    expect(chainsOn('八大', '大员')).toBe(true);
    expect(chainsOn('八大', '员工')).toBe(false);
    expect(chainsOn('84', '个人')).toBe(false);
  });
});
