import { describe, expect, it } from 'vitest';
import { gazetteer } from '../testing.ts';
import type { Block } from '../types.ts';
import { authorUnitsOf, authorsOf } from './byline.ts';
import { extractFigures } from './figures.ts';
import { latestYear } from './year.ts';
import { extractCase } from './index.ts';

const block = (text: string): Block => ({ kind: 'byline', text, from: 1, to: 1, gapBefore: 1, gapAfter: 1 });

describe('bylines', () => {
  it('reads authors from the three byline styles of the sources', () => {
    expect(authorsOf([block('□本报记者 张江艳')])).toEqual(['张江艳']);
    expect(authorsOf([block('■黄海虹、王慧')])).toEqual(['黄海虹', '王慧']);
    expect(authorsOf([block('文/金佳 何君林')])).toEqual(['金佳', '何君林']);
    expect(authorUnitsOf([block('（作者单位：台州市总工会）')])).toEqual(['台州市总工会']);
  });
});

describe('year', () => {
  it('is the latest year the text reports, or null', () => {
    expect(latestYear(['2017年，顺义……', '《方案（2017年—2019年）》', '2018年以来'])).toBe(2019);
    expect(latestYear(['7月19日召开推进会', '电话12351'])).toBeNull();
  });
});

describe('figures', () => {
  const figures = (text: string) =>
    extractFigures([{ text }]).figures.map(({ label, value, unit }) => `${label} ${value}${unit}`);
  const dropped = (text: string) => extractFigures([{ text }]).unparsed.map((line) => line.split('：')[0]);

  it('reads number, unit and what is counted (000, 002)', () => {
    expect(figures('截至目前，全区新建独立企业工会84个，包括百人以上新建建会企业39个，比上一年度增长27%。')).toEqual([
      '新建独立企业工会 84个',
      '百人以上新建建会企业 39个',
      '比上一年度增长 27%',
    ]);
    expect(figures('北京全市90.4%的建会企业开展了集体协商。')).toEqual(['建会企业开展了集体协商 90.4%']);
    expect(figures('劳模先进和基层一线职工比例分别提高到60%、40%、20%以上。')).toEqual([
      '劳模先进和基层一线职工比例 60%',
      '劳模先进和基层一线职工比例 40%',
      '劳模先进和基层一线职工比例 20%',
    ]);
  });

  it('after a verb, counts what follows the number (004, 002)', () => {
    expect(figures('第一批招募21名工会社会化工作者，北京共召开1714场企业沟通会和870场职工沟通会。')).toEqual([
      '工会社会化工作者 21名',
      '企业沟通会 1714场',
      '职工沟通会 870场',
    ]);
    expect(
      figures('涉及3745家企业，其中未建会企业2616家，与885家企业达成建会意向，现场申请入会职工达到1.55万人。'),
    ).toEqual(['涉及企业 3745家', '未建会企业 2616家', '企业达成建会意向 885家', '现场申请入会职工 1.55万人']);
  });

  it('「N+量词+名词」 counts the noun after the classifier; the verb after it names the next figure (000)', () => {
    expect(
      figures(
        '全年共计举办了三场砌筑工、叉车、油漆工等工种的区级比赛，72家企业的860名职工参加，为49名获奖选手发放奖励11.3万元；',
      ),
    ).toEqual(['企业 72家', '参加职工 860名', '获奖选手 49名', '发放奖励 11.3万元']);
    expect(figures('全年培训28个工种，培训职工1247名。')).toEqual(['培训工种 28个', '培训职工 1247名']);
    expect(figures('全市30家省级群团改革试点单位集约整合党群服务中心48个。')).toEqual([
      '省级群团改革试点单位 30家',
      '集约整合党群服务中心 48个',
    ]);
  });

  it('「名词+N+单位」 drops time, scope and subject noise before what is counted (002, 004, 001)', () => {
    expect(figures('5年来，北京工会已经建成工会服务站357家，职工之家1.38万家。')).toEqual([
      '建成工会服务站 357家',
      '职工之家 1.38万家',
    ]);
    expect(figures('截至目前，两江新区创建全国模范职工之家8个，全国模范职工小家4个。')).toEqual([
      '创建全国模范职工之家 8个',
      '全国模范职工小家 4个',
    ]);
    expect(
      figures('上半年，全区新建工会组织18家、新增会员861名、覆盖职工1210名，接收2家基层工会组织关系转入。'),
    ).toEqual(['新建工会组织 18家', '新增会员 861名', '覆盖职工 1210名', '基层工会组织关系转入 2家']);
    expect(figures('截至目前，区总工会已经在困难职工发放生活补助24.72万元。')).toEqual(['发放生活补助 24.72万元']);
    expect(figures('北京裕金达工贸有限公司成立于2008年，在职职工221人，主要业务是汽车零部件制造。')).toEqual([
      '在职职工 221人',
    ]);
  });

  it('money: the object of the grant, also across 共计 and 的 (001)', () => {
    expect(figures('截至目前，已经为73家新建单位发放建会专项基金，共计30.98万元。')).toEqual([
      '新建单位发放建会专项基金 73家',
      '发放建会专项基金 30.98万元',
    ]);
    expect(figures('为46名困难职工子女发放金秋助学金14.97万元。')).toEqual([
      '困难职工子女 46名',
      '发放金秋助学金 14.97万元',
    ]);
    expect(figures('已收到来自全区10家单位及个人共计15余万元的捐款。')).toEqual(['捐款 15余万元']);
  });

  it('由A减为B: both ends name the same thing (002)', () => {
    expect(figures('市总工会机关职能部门由17个减为16个，行政编制从154名减至146名，精简8名。')).toEqual([
      '市总工会机关职能部门 17个',
      '机关职能部门减为 16个',
      '行政编制 154名',
      '行政编制减至 146名',
      '行政编制精简 8名',
    ]);
  });

  it('drops a figure rather than publish a bare word as its label (002)', () => {
    const text = '3个月后，《北京市总工会改革任务分解方案》审议通过，8个方面24条改革措施被分解为52项工作。';
    expect(figures(text)).toEqual(['改革措施 24条']);
    expect(dropped(text)).toEqual(['8个', '52项']);
    // The raw page text has spaces between characters; they never split a word.
    expect(figures('8个 方 面 24条 改 革 措 施 被 分 解为52项工作 。')).toEqual(['改革措施 24条']);
  });

  it('skips thresholds, dates, ordinals and phone numbers: they are not statistics (004)', () => {
    expect(figures('加强50人以上非公企业建会力度，积极探索先入会后建会模式。')).toEqual([]);
    expect(dropped('加强50人以上非公企业建会力度。')).toEqual([]);
    expect(figures('认真梳理100人以上、规模以上企业未建会名单。')).toEqual([]);
    expect(figures('全年为46位200人以上企业工会主席发放工作补贴14.46万元。')).toEqual([
      '200人以上企业工会主席 46位',
      '发放工作补贴 14.46万元',
    ]);
    expect(
      figures('对投产一年以上、职工25人以上未建会企业以及已加入联合工会、职工已超25人可单独建会的企业进行集中建会。'),
    ).toEqual([]);
    expect(figures('2019年7月19日召开推进会，见第3版，服务热线12351。')).toEqual([]);
  });

  it('keeps the measure word in the unit (2.5万条, 3.2万余名, 15余万元)', () => {
    expect(figures('平台今年累计受理职工诉求2.5万条。')).toEqual(['受理职工诉求 2.5万条']);
    expect(figures('全年开展活动120场次，服务职工2000余人次。')).toEqual(['开展活动 120场次', '服务职工 2000余人次']);
    expect(figures('全县共有3.2万余名职工参加。')).toEqual(['参加职工 3.2万余名']);
  });

  it('counts the noun after a measure word (下沉86个工会驿站, 送去5.6万元慰问金)', () => {
    expect(figures('区总工会干部与志愿者下沉86个工会驿站，倾听职工需求。')).toEqual(['工会驿站 86个']);
    expect(figures('春节前为环卫工人送去5.6万元慰问金。')).toEqual(['慰问金 5.6万元']);
    expect(figures('全镇12个行政村全部建起工会，建会覆盖率达98%。')).toEqual(['行政村 12个', '建会覆盖率 98%']);
    expect(figures('全年共慰问环卫工人、快递员、外卖骑手等1200余人。')).toEqual(['慰问环卫工人等 1200余人']);
    expect(figures('全年举办全市职工劳动竞赛暨第三届青年技能大赛18场次。')).toEqual(['第三届青年技能大赛 18场次']);
  });

  it('keeps the sentence and skips dates', () => {
    const [figure] = extractFigures([{ text: '2018年11月，年内完成设站512家。' }]).figures;
    expect(figure).toMatchObject({
      label: '完成设站',
      value: '512',
      unit: '家',
      text: '2018年11月，年内完成设站512家。',
      block: 0,
    });
  });

  it('keeps every label short', () => {
    const text =
      '截至目前，全市基层工会总数9394家，覆盖单位26353家，工会会员103.31万人，其中单独建会8457家，联合工会937家，30家基层工会改革试点单位工会组建达到基本覆盖。';
    const labels = extractFigures([{ text }]).figures.map(({ label }) => label);
    expect(labels.slice(0, 5)).toEqual(['基层工会总数', '覆盖单位', '工会会员', '单独建会', '联合工会']);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(13);
  });
});

describe('a missing title', () => {
  const article = (text: string) => ({
    title: null,
    kicker: null,
    subtitle: null,
    bylines: [],
    units: [],
    body: [{ kind: 'paragraph' as const, text, from: 3, to: 3, gapBefore: 1, gapAfter: 1 }],
    removed: [],
    from: 3,
    to: 3,
  });

  it('is stood in for by the lead clause, cut at a word boundary with an ellipsis and a warning quoting it', () => {
    const opening = '顺义区总工会以党建带工建为主线推动基层工会组织建设全覆盖和服务职工工作提质增效，成效明显。';
    const draft = extractCase(article(opening), {}, undefined, gazetteer);
    expect(draft.title.endsWith('…')).toBe(true);
    expect([...draft.title].length).toBeLessThanOrEqual(24);
    expect(opening.startsWith(draft.title.slice(0, -1))).toBe(true);
    expect(draft.notices).toContainEqual({
      line: 3,
      message: `没有找到标题，暂用正文开头的话“${draft.title}”。请确认，或在设置文件中写 title。`,
    });
  });

  it('is the whole lead clause when it is short, with the same warning', () => {
    const draft = extractCase(article('工会改革。'), {}, undefined, gazetteer);
    expect(draft.title).toBe('工会改革');
    expect(draft.notices.map((notice) => notice.message)).toContain(
      '没有找到标题，暂用正文开头的话“工会改革”。请确认，或在设置文件中写 title。',
    );
  });
});
