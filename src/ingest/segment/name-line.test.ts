import { describe, expect, it } from 'vitest';
import { renderReport } from '../report.ts';
import { ingestBytes } from '../testing.ts';
import { readNameLine } from './name-line.ts';

describe('name lines (people, a publication, a date)', () => {
  it('reads names, the publication and the date, with or without role words', () => {
    expect(readNameLine('记者 王小明 李华 《某某日报》 2024年3月5日')).toEqual({
      names: ['王小明', '李华'],
      publication: '某某日报',
      date: '2024-03-05',
    });
    expect(readNameLine('（某市工人报 张三 2023-05-12）')).toEqual({
      names: ['张三'],
      publication: '某市工人报',
      date: '2023-05-12',
    });
    expect(readNameLine('王小明 / 某某晚报 / 2024.03.05')?.names).toEqual(['王小明']);
    expect(readNameLine('某某日报记者王小明 通讯员赵丽')?.names).toEqual(['王小明', '赵丽']);
    expect(readNameLine('（某某日报 王小明）')?.names).toEqual(['王小明']);
    expect(readNameLine('刘芳 陈静')).toBeNull();
    expect(readNameLine('刘芳 2024年5月')).toBeNull();
  });

  it('refuses headings, sentences and places', () => {
    for (const line of [
      '强化制度建设 建立长效机制',
      '张家港 2024年',
      '王小明说，驿站已建成。',
      '工会驿站 2024年3月',
      '黄河路街道 某某日报',
    ])
      expect(readNameLine(line), line).toBeNull();
  });

  it('takes a closing name line out of the body into authors, publication and date, reported with its line', () => {
    const page = [
      '某县总工会建成户外劳动者服务站',
      '近日，某县总工会在城区建成十个户外劳动者服务站点，为环卫工人、快递员和外卖骑手提供饮水、热饭和休息服务。',
      '下一步，县总工会将把服务站点向乡镇延伸，让更多户外劳动者就近享受服务。',
      '王小明 李华 某某日报 2024年3月5日',
    ].join('\n');
    const outcome = ingestBytes('020_closing.txt', new TextEncoder().encode(page));
    if (!outcome.ok) throw new Error(outcome.error);
    const [article] = outcome.articles;
    expect(article?.draft.authors).toEqual(['王小明', '李华']);
    expect(article?.draft.provenance).toMatchObject({ publication: '某某日报', date: '2024-03-05' });
    expect(article?.draft.body.map((block) => block.text).join('')).not.toContain('王小明');
    expect(renderReport({ outcomes: [outcome], files: [], errors: [] })).toMatch(
      /署名行：第 4 行 “王小明 李华 某某日报 2024年3月5日”（人名＋报刊/,
    );
  });
});
