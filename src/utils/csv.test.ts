import { describe, expect, it } from 'vitest';
import { csvField, encodeCsv } from './csv.ts';

describe('csvField', () => {
  it('leaves plain Chinese text as it is', () => {
    expect(csvField('融入大党建 共下一盘棋')).toBe('融入大党建 共下一盘棋');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('一\n二')).toBe('"一\n二"');
  });

  it('quotes leading or trailing spaces so spreadsheets keep them', () => {
    expect(csvField(' 前')).toBe('" 前"');
  });
});

describe('encodeCsv', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    const csv = encodeCsv(['编号', '标题'], [['a', '标题，含逗号']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('编号,标题\r\na,标题，含逗号\r\n');
  });

  it('is UTF-8 when written as bytes: the BOM becomes EF BB BF', () => {
    const bytes = Buffer.from(encodeCsv(['年份'], [['2019']]), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
