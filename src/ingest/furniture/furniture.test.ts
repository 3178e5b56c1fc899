import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize.ts';
import { removeFurniture } from './index.ts';

// Made-up pages in the shapes county, union and e-paper sites give when copied.
const clean = (text: string) => removeFurniture(normalizeText(text));
const kept = (text: string) =>
  clean(text)
    .lines.map((line) => line.text)
    .filter(Boolean);

describe('removeFurniture', () => {
  it('removes breadcrumbs, info lines, widgets and footers, each with its rule and line', () => {
    const page = clean(
      [
        '您的位置: 首页 > 要闻 > 正文',
        '某县总工会开展职工书屋建设',
        '【 字体:大 中 小】 来源: 某县融媒体中心  作者: 王小明   时间:2024-03-05 09:10:11',
        '某县总工会近日在全县建成职工书屋20个，方便职工读书学习。',
        '分享到: 微信 微博',
        '版权所有 某县融媒体中心 地址:某县人民路1号',
      ].join('\n'),
    );
    expect(page.lines.map((line) => line.text).filter(Boolean)).toEqual([
      '某县总工会开展职工书屋建设',
      '某县总工会近日在全县建成职工书屋20个，方便职工读书学习。',
    ]);
    expect(page.removed.map((entry) => [entry.from, entry.reason.slice(0, 4)])).toEqual([
      [1, '导航路径'],
      [3, '网页信息'],
      [5, '网页按钮'],
      [6, '网页页脚'],
    ]);
    expect(page.page).toMatchObject({ publication: '某县融媒体中心', date: '2024-03-05', authors: ['王小明'] });
  });

  it('keeps line numbers: a removed line becomes blank, never disappears', () => {
    const page = clean('当前位置:网站首页-工会新闻-正文\n正文第一句话写在这里，讲工会。');
    expect(page.lines).toEqual([
      { text: '', line: 1 },
      { text: '正文第一句话写在这里，讲工会。', line: 2 },
    ]);
  });

  it('reads an e-paper header block: paper, date, page; the column name and page number under it go too', () => {
    const page = clean('某某工人报官方网站 | 首页 今天是\n出版日期:2019年05月06日\n工会动态\n04\n\n标题一行\n');
    expect(kept('某某工人报官方网站 | 首页 今天是\n出版日期:2019年05月06日\n工会动态\n04\n\n标题一行\n')).toEqual([
      '标题一行',
    ]);
    expect(page.page).toMatchObject({ publication: '某某工人报', date: '2019-05-06' });
    const cited = clean('《某某日报》(2018年3月2日 05版)\n');
    expect(cited.page).toMatchObject({ publication: '某某日报', date: '2018-03-02', page: '第05版' });
  });

  it('takes 原标题 and (引题)/(主题) marks as the headline, in Traditional characters too', () => {
    const page = clean('原標題:三年建成五十個驛站(引題)\n某市:驛站建在職工身邊(主題)\n正文。');
    expect(page.page.headline).toEqual({ kicker: '三年建成五十個驛站', title: '某市：驛站建在職工身邊' });
    expect(page.lines.filter((line) => line.text)).toHaveLength(1);
  });

  it('cuts an image address and its caption out of running text, and says so', () => {
    const page = clean(
      '工会为职工发放礼包。https://example.com/upload/a/123.png?r=99职工领取礼包。某工会 供图此次活动覆盖全市。',
    );
    expect(page.lines[0]?.text).toBe('工会为职工发放礼包。此次活动覆盖全市。');
    expect(page.removed[0]).toMatchObject({
      text: 'https://example.com/upload/a/123.png?r=99职工领取礼包。某工会 供图',
    });
  });

  it('removes image placeholders, pagers and table residue', () => {
    expect(kept('![]()\n![]()\nIMG_256\n照片.jpg\n图说:活动现场\n|\n| |\n页:\n[1]\n正文一句。')).toEqual([
      '正文一句。',
    ]);
  });

  it('leaves running text that merely mentions a label word alone', () => {
    const text = '会上，来源于基层的意见被逐条梳理，作者王某介绍了经验。时间：2019年起，全区推开。';
    expect(kept(text)).toEqual([normalizeText(text)[0]?.text]);
  });

  it('removes the pinyin a conversion site inserted and mojibake, listing each', () => {
    const page = clean('中國工會強化互聯(lián)網(wǎng)思維，推進工會工作（2019 版）。職工\ufffd\ufffd之家。');
    expect(page.lines[0]?.text).toBe('中國工會強化互聯網思維，推進工會工作（2019 版）。職工之家。');
    expect(page.removed.map((entry) => entry.text)).toEqual(['（lián）', '（wǎng）', '\ufffd\ufffd']);
  });
});
