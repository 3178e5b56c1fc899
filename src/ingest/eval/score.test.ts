import { describe, expect, it } from 'vitest';
import { fold, scorePage, totals, type ExpectedArticle, type IngestedCase } from './score.ts';

const expected: ExpectedArticle = {
  file: 'a.txt',
  title: '某区总工会建成驿站',
  region: '某区',
  body_start: '近日,某区',
  body_end: '服务职工',
  bylines: ['本报讯(记者 甲)'],
  clutter: ['分享到:', '\n|\n|'],
};
const good: IngestedCase = {
  title: '某区总工会建成驿站',
  kicker: null,
  subtitle: null,
  regionName: '某区',
  body: ['近日，某区总工会建成驿站。', '下一步将服务职工'],
  measures: ['outdoor-worker-stations'],
  notices: [],
};

describe('scorePage', () => {
  it('passes every criterion for a clean case, comparing text as a reader sees it', () => {
    const score = scorePage(expected, [good]);
    expect(score.passed).toEqual({
      published: true,
      headline: true,
      region: true,
      firstLast: true,
      noClutter: true,
      noByline: true,
      measure: true,
    });
  });

  it('fails what is wrong, and says why', () => {
    const score = scorePage(expected, [
      {
        ...good,
        title: '分享到',
        body: ['本报讯（记者 甲）近日，某区总工会建成驿站。', '|', '|'],
        measures: [],
        regionName: null,
      },
    ]);
    expect(score.passed).toMatchObject({
      headline: false,
      region: false,
      firstLast: false,
      noClutter: false,
      noByline: false,
      measure: false,
    });
    expect(score.why.region).toContain('地区不详');
  });

  it('accepts a provisional title only from the body, short and flagged', () => {
    const untitled = { ...expected, title: null };
    const flagged = { ...good, title: '某区总工会建成驿站', notices: ['没有找到标题，暂用…'] };
    expect(scorePage(untitled, [flagged]).passed.headline).toBe(true);
    expect(scorePage(untitled, [{ ...flagged, notices: [] }]).passed.headline).toBe(false);
    expect(scorePage(untitled, [{ ...flagged, title: '不在正文里的标题' }]).passed.headline).toBe(false);
  });

  it('counts an unpublished page as failing everything', () => {
    const score = scorePage(expected, []);
    expect(Object.values(score.passed).every((passed) => !passed)).toBe(true);
    expect(totals([score, scorePage(expected, [good])]).published).toBe(1);
  });

  it('folds widths and spaces but not the script', () => {
    expect(fold('近日, 某区（甲）')).toBe('近日,某区(甲)');
    expect(fold('區')).not.toBe(fold('区'));
  });
});
