import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../content-model/simplified.ts';
import { countOccurrences, looseForm, matchForm, normalizeQuery, queryTerms } from './text.ts';

describe('normalizeQuery', () => {
  it('joins a number and its unit, so 84 个 and 84个 are one query', () => {
    expect(normalizeQuery('84 个')).toBe('84个');
    expect(normalizeQuery('８４　个')).toBe('84个');
  });
  it('drops quotes a cadre copies along with a term and collapses spaces', () => {
    expect(normalizeQuery('  “暖心驿站”  ')).toBe('暖心驿站');
    expect(normalizeQuery('顺义   暖心驿站')).toBe('顺义 暖心驿站');
  });
});

describe('queryTerms', () => {
  it('splits on spaces the cadre typed, keeps number+unit whole', () => {
    expect(queryTerms('顺义 暖心驿站')).toEqual(['顺义', '暖心驿站']);
    expect(queryTerms(normalizeQuery('新建 84 个'))).toEqual(['新建', '84个']);
  });
});

describe('matchForm / looseForm', () => {
  it('ignores the column-layout spaces of the newspaper sources', () => {
    expect(matchForm('打 开 “北京工会12351” 手 机APP')).toBe('打开“北京工会12351”手机app');
  });
  it('folds Traditional to Simplified when given the converter', () => {
    expect(matchForm('職工暖心驛站', toSimplified)).toBe('职工暖心驿站');
  });
  it('loose form drops punctuation so “三补贴”“三挂钩” meets 三补贴三挂钩', () => {
    expect(looseForm('经费保障“三补贴”“三挂钩”等')).toContain('三补贴三挂钩');
    expect(matchForm('经费保障“三补贴”“三挂钩”等')).not.toContain('三补贴三挂钩');
  });
});

describe('countOccurrences', () => {
  it('counts non-overlapping hits', () => {
    expect(countOccurrences('暖心驿站和暖心驿站', '暖心驿站')).toBe(2);
    expect(countOccurrences('aaa', '')).toBe(0);
  });
});
