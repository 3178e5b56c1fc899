import { describe, expect, it } from 'vitest';
import { gbt7714, type CitationInput } from './citation.ts';

const base: CitationInput = {
  title: '融入大党建 共下一盘棋',
  subtitle: '顺义大党建推动工会改革成效纪实',
  authors: ['张江艳'],
  year: 2018,
  url: 'https://example.org/cases/shunyi-rongru-dadangjian/',
  accessed: '2026-11-22',
  archiveName: '工会改革案例库',
};

describe('gbt7714', () => {
  it('cites a known newspaper as [N/OL] with date, page, access date and URL', () => {
    expect(gbt7714({ ...base, publication: '劳动午报', date: '2018-07-30', page: '3' })).toBe(
      '张江艳. 融入大党建 共下一盘棋: 顺义大党建推动工会改革成效纪实[N/OL]. 劳动午报, 2018-07-30(3)[2026-11-22]. https://example.org/cases/shunyi-rongru-dadangjian/.',
    );
  });

  it('cites the archive as [EB/OL] when the newspaper is unknown', () => {
    expect(gbt7714({ ...base, subtitle: null, authors: ['黄海虹', '王慧'] })).toBe(
      '黄海虹, 王慧. 融入大党建 共下一盘棋[EB/OL]. 工会改革案例库, 2018[2026-11-22]. https://example.org/cases/shunyi-rongru-dadangjian/.',
    );
  });

  it('names three authors and then 等, and starts with the title when there is none', () => {
    expect(gbt7714({ ...base, authors: ['甲', '乙', '丙', '丁'] })).toMatch(/^甲, 乙, 丙, 等\. 融入/);
    expect(gbt7714({ ...base, authors: [] })).toMatch(/^融入大党建/);
  });

  it('leaves the year out when the article names none, instead of printing null', () => {
    expect(gbt7714({ ...base, subtitle: null, year: null })).toBe(
      '张江艳. 融入大党建 共下一盘棋[EB/OL]. 工会改革案例库[2026-11-22]. https://example.org/cases/shunyi-rongru-dadangjian/.',
    );
    expect(gbt7714({ ...base, year: null, publication: '劳动午报' })).toContain('[N/OL]. 劳动午报[2026-11-22]');
  });
});
