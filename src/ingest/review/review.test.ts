import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../testing.ts';
import { lineRoles } from './line-roles.ts';
import { renderReview } from './render.ts';

// A made-up pasted page: breadcrumb, title, info line, dateline paragraph, a paragraph with markup.
const page = [
  '当前位置：首页 > 工会新闻 > 正文',
  '',
  '某区总工会建成20个户外劳动者服务站点',
  '',
  '来源：某区融媒体中心 作者：赵六 发布时间：2023-08-01',
  '',
  '本报讯（记者 钱七）近日，某区总工会在全区建成20个户外劳动者服务站点，为环卫工人和快递员提供饮水、热饭和休息服务。',
  '',
  '区总工会还在站点开展法律咨询，帮助劳动者维权，<b>站点</b>全年开放。',
].join('\n');

describe('the review page', () => {
  const outcome = ingestBytes('020_page.txt', new TextEncoder().encode(page));
  if (!outcome.ok) throw new Error(outcome.error);

  it('says what every line became: removed with its rule, title, byline and paragraph with case and anchor', () => {
    const roles = lineRoles(outcome);
    expect(roles.get(1)).toMatchObject({ role: '删除', kind: 'removed', detail: expect.stringContaining('导航路径') });
    expect(roles.get(3)).toMatchObject({ role: '标题' });
    expect(roles.get(5)).toMatchObject({ role: '删除', detail: expect.stringContaining('网页信息行') });
    const caseId = outcome.articles[0]?.caseId ?? '';
    expect(roles.get(7)?.detail).toMatch(new RegExp(`^→ ${caseId}#p-\\w+（行首 署名 → 作者：钱七`));
    expect(roles.get(9)).toMatchObject({ role: '段落', kind: 'body' });
  });

  it('renders one page that opens from disk: case metadata on top, lines escaped, warnings marked', () => {
    const html = renderReview([outcome]);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<(?:script|link)\b/);
    expect(html).toContain('&#60;b&#62;站点&#60;/b&#62;');
    expect(html).toContain('某区总工会建成20个户外劳动者服务站点');
    expect(html).toContain('出处</dt><dd>某区融媒体中心 · 2023-08-01');
    expect(html).toContain('⚠');
  });

  it('shows an unknown region as 地区不详 (no made-up region), with why and what to do', () => {
    const html = renderReview([outcome]);
    expect(html).toContain('<dt>地区</dt><dd>地区不详：region: null，不进任何地区页');
    expect(html).toMatch(
      /<li>⚠ 第 \d+ 行：地区不详：文中只说“区总工会”，没有写出地名，出处也看不出。案例不因此而不发布/,
    );
  });
});
