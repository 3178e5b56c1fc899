import { describe, expect, it } from 'vitest';
import { gazetteer } from '../testing.ts';
import type { Article, Notice } from '../types.ts';
import { readRegion } from './article-region.ts';
import { resolveRegion, type RegionText } from './region.ts';

const found = (text: RegionText) => {
  const match = resolveRegion(text, gazetteer);
  return match.status === 'found'
    ? [match.division.province, match.division.city, match.division.county, match.division.name]
        .filter((name, index, all) => name && all.indexOf(name) === index)
        .join('/')
    : match.status;
};

describe('region', () => {
  it('finds the place an article is about', () => {
    expect(found({ head: '融入大党建 共下一盘棋', body: '顺义区总工会……北京市温暖基金会……顺义区委' })).toBe(
      '北京市/顺义区',
    );
    expect(found({ head: '以“四个加法”推进台州基层工会改革', body: '台州市总工会……玉环市……温岭' })).toBe(
      '浙江省/台州市',
    );
    expect(found({ head: '打通服务职工群众“最后一公里”', body: '两江新区总工会……重庆市职工之家' })).toBe(
      '重庆市/两江新区',
    );
    expect(found({ head: '泰州工会', body: '泰州市总工会' })).toBe('江苏省/泰州市');
  });

  it('settles a shared name (城关区) from the province or city named, else reports it', () => {
    expect(found({ head: '城关区工会', body: '拉萨市城关区总工会' })).toBe('西藏自治区/拉萨市/城关区');
    const ambiguous = resolveRegion({ head: '城关区工会改革', body: '城关区总工会推进改革。' }, gazetteer);
    expect(ambiguous.status).toBe('ambiguous');
    expect(ambiguous.status === 'ambiguous' && ambiguous.candidates.length).toBeGreaterThan(1);
  });

  it('settles a shared name from the other places named: a town inside it, a district beside it', () => {
    // 朝阳区 is in 北京 and in 长春; 望京街道 lies in 北京's, 南湖街道 (长春) in 长春's, 海淀区 beside 北京's.
    expect(
      found({ head: '朝阳区工会驿站', body: '朝阳区总工会慰问望京街道的环卫工人，朝阳区各级工会同步开展慰问。' }),
    ).toBe('北京市/朝阳区');
    expect(found({ head: '朝阳区工会驿站', body: '朝阳区总工会与海淀区总工会共建驿站。' })).toBe('北京市/朝阳区');
    expect(found({ head: '朝阳区工会驿站', body: '朝阳区总工会与南关区总工会共建驿站。' })).toBe(
      '吉林省/长春市/朝阳区',
    );
  });

  it('is the city when districts of one city are named equally often, else reports them', () => {
    expect(found({ head: '两区工会共建驿站', body: '鹿城区总工会和瓯海区总工会共建驿站。' })).toBe('浙江省/温州市');
    const apart = resolveRegion({ head: '两地工会结对', body: '鹿城区总工会和海淀区总工会结对共建。' }, gazetteer);
    expect(apart.status === 'ambiguous' && apart.candidates.map((division) => division.name).sort()).toEqual([
      '海淀区',
      '鹿城区',
    ]);
  });

  it('settles a shared name from the publication', () => {
    const text = { head: '朝阳区工会驿站', body: '朝阳区总工会建成驿站。' };
    expect(found(text)).toBe('ambiguous');
    expect(found({ ...text, publication: '长春晚报' })).toBe('吉林省/长春市/朝阳区');
    expect(resolveRegion({ ...text, publication: '长春晚报' }, gazetteer)).toMatchObject({ inferred: true });
  });

  it('reports a bare 我市 instead of guessing when the publication names no place', () => {
    expect(resolveRegion({ head: '工会改革', body: '我市总工会深入推进改革。' }, gazetteer)).toEqual({
      status: 'unknown',
      reason: '文中只说“我市”，没有写出地名，出处也看不出',
    });
    expect(found({ head: '工会改革', body: '我市总工会深入推进改革。', publication: '工人日报' })).toBe('unknown');
  });

  it('takes 我市 and 县总工会 from a local publication', () => {
    expect(found({ head: '工会改革', body: '我市总工会深入推进改革。', publication: '台州日报' })).toBe(
      '浙江省/台州市',
    );
    expect(found({ head: '温暖过冬', body: '县总工会走访困难职工。', publication: '宿松融媒' })).toBe(
      '安徽省/安庆市/宿松县',
    );
    // A provincial paper covers many places: 陕西 alone says nothing of an unnamed article…
    expect(found({ head: '温暖过冬', body: '工会走访困难职工。', publication: '陕西工人报' })).toBe('unknown');
    // …but a text speaking of its province (省总工会) is the province's.
    expect(found({ head: '温暖过冬', body: '省总工会走访困难职工。', publication: '陕西工人报' })).toBe('陕西省');
  });

  it('settles a shared publication name (长宁) by the places the text names', () => {
    const body = '县总工会在双河镇建成户外劳动者驿站。';
    expect(found({ head: '驿站', body, publication: '长宁融媒' })).toBe('四川省/宜宾市/长宁县');
  });

  it('is the town when a district article is about one of its towns’ own service site', () => {
    const body = '华泾镇关港职工服务站举行启用仪式。\n徐汇区总工会表示，徐汇区还将建设更多站点。';
    expect(found({ head: '徐汇区再添一家职工之家', body })).toBe('上海市/徐汇区/华泾镇');
    // A meeting of the whole district held in a town stays the district's.
    const meeting = '全区工会工作会议在华泾镇职工服务站召开。\n徐汇区总工会表示，徐汇区还将建设更多站点。';
    expect(found({ head: '徐汇区工会工作会议', body: meeting })).toBe('上海市/徐汇区');
    const venue = '区总工会在华泾镇职工服务站举办技能培训。\n徐汇区总工会表示，徐汇区还将建设更多站点。';
    expect(found({ head: '徐汇区职工技能培训', body: venue })).toBe('上海市/徐汇区');
  });

  it('does not read a common word that is also a district name (城区, 郊区) as that district', () => {
    expect(found({ head: '驿站', body: '县总工会在城区和郊区建成驿站。' })).toBe('unknown');
    expect(found({ head: '驿站', body: '阳泉市城区总工会建成驿站。' })).toBe('山西省/阳泉市/城区');
  });

  it('reads Traditional characters', () => {
    expect(found({ head: '兩江新區', body: '兩江新區總工會' })).toBe('重庆市/两江新区');
  });
});

describe('the region an editor writes in the settings', () => {
  const article: Article = {
    title: '工会驿站',
    kicker: null,
    subtitle: null,
    bylines: [],
    units: [],
    body: [{ kind: 'paragraph', text: '区总工会建成驿站。', from: 3, to: 3, gapBefore: 1, gapAfter: 1 }],
    removed: [],
    from: 1,
    to: 3,
  };
  const read = (setting: string) => {
    const notices: Notice[] = [];
    const division = readRegion(article, '工会驿站', setting, undefined, gazetteer, notices);
    return { place: division && `${division.province}/${division.city}/${division.name}`, notices };
  };

  it('is a full name, with or without what it lies in, or a short name', () => {
    expect(read('房山区').place).toBe('北京市/北京市/房山区');
    expect(read('长春市朝阳区').place).toBe('吉林省/长春市/朝阳区');
    expect(read('吉林省长春市朝阳区').place).toBe('吉林省/长春市/朝阳区');
    expect(read('顺义').place).toBe('北京市/北京市/顺义区');
  });

  it('is not taken when several places bear it: the notice lists them and says how to write it', () => {
    const { place, notices } = read('朝阳区');
    expect(place).toBeNull();
    expect(notices[0]?.message).toMatch(
      /^设置中的地区“朝阳区”有多处（北京市朝阳区、吉林省长春市朝阳区），没有采用：请写全称，例如 北京市朝阳区。/,
    );
  });

  it('says when no place bears it', () => {
    expect(read('某某区').notices[0]?.message).toBe('设置中的地区“某某区”在行政区划数据和功能区表中都找不到。');
  });
});
