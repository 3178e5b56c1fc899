import { describe, expect, it } from 'vitest';
import { normalizeLine, normalizeText, removeLayoutSpaces, tidyDisplaySpaces } from './normalize.ts';

describe('normalize', () => {
  it('makes half-width punctuation in Chinese text full-width (003, 004)', () => {
    expect(normalizeLine('近年来,台州市总工会深入贯彻落实')).toBe('近年来，台州市总工会深入贯彻落实');
    expect(normalizeLine('(作者单位:台州市总工会)')).toBe('（作者单位：台州市总工会）');
    expect(normalizeLine('各县(市、区)总工会?是!')).toBe('各县（市、区）总工会？是！');
  });

  it('widens each half of a pair that a hard line break split (003: 各县(市、 / 区)党委)', () => {
    expect(normalizeText('向各县(市、\n区)总工会下发').map((line) => line.text)).toEqual([
      '向各县（市、',
      '区）总工会下发',
    ]);
    expect(normalizeLine('see (Appendix')).toBe('see (Appendix');
  });

  it('leaves numbers, times, URLs and Latin text alone', () => {
    expect(normalizeLine('共1,000人,10:30开会')).toBe('共1,000人，10:30开会');
    expect(normalizeLine('见 http://www.cqkjcx.com/a?b=1')).toBe('见 http://www.cqkjcx.com/a?b=1');
    expect(normalizeLine('Hello, world (test)')).toBe('Hello, world (test)');
  });

  it('normalizes line endings, BOM and Unicode composition, keeping line numbers', () => {
    expect(normalizeText('\ufeff第一行\r\n\r\n第三行\r第四行')).toEqual([
      { text: '第一行', line: 1 },
      { text: '', line: 2 },
      { text: '第三行', line: 3 },
      { text: '第四行', line: 4 },
    ]);
    expect(normalizeLine('e\u0301')).toBe('\u00e9');
  });

  it('removes the layout spaces of justified columns but keeps Latin and number spacing (002)', () => {
    expect(removeLayoutSpaces('打开 “北京工会12351” 手机APP， 可以 便 捷 地')).toBe(
      '打开“北京工会12351”手机APP，可以便捷地',
    );
    expect(removeLayoutSpaces('Wi-Fi and 5G 2015 -2018')).toBe('Wi-Fi and 5G 2015 -2018');
  });

  it('keeps the deliberate space of a two-part headline, drops letter-spacing', () => {
    expect(tidyDisplaySpaces('融入大党建 共下一盘棋')).toBe('融入大党建 共下一盘棋');
    expect(tidyDisplaySpaces('坚 定 清 晰')).toBe('坚定清晰');
  });
});
