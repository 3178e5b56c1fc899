import { describe, expect, it } from 'vitest';
import { parseSettings, settingsFor } from './settings.ts';

describe('source settings', () => {
  it('reads a settings file', () => {
    const settings = parseSettings(
      'breaksAfter:\n  - 从普通\narticles:\n  - match: 房山\n    year: 2018\n    region: 房山区\n',
      'a.yaml',
    );
    expect(settings.breaksAfter).toEqual(['从普通']);
    expect(settingsFor(settings, ['房山“党工同步”激发基层工会组织活力', null])?.year).toBe(2018);
    expect(settingsFor(settings, ['首都工会改革'])).toBeUndefined();
  });

  it('names file, line, field and the fix for a bad value', () => {
    expect(() => parseSettings('articles:\n  - match: 房山\n    year: 二〇一八\n', 'content/sources/002.yaml')).toThrow(
      /content\/sources\/002\.yaml:3 字段 articles\.0\.year：[\s\S]*修改方法：写四位数的年份/,
    );
    expect(() => parseSettings('provenance:\n  url: 不是网址\n', 'x.yaml')).toThrow(/x\.yaml:2 字段 provenance\.url/);
  });

  it('refuses unknown fields and broken YAML with the line', () => {
    expect(() => parseSettings('titel: 错字\n', 'x.yaml')).toThrow(/x\.yaml:1[\s\S]*不认识的字段请删除/);
    expect(() => parseSettings('articles:\n  - match: a\n   title: b\n', 'x.yaml')).toThrow(/x\.yaml:3 YAML 语法错误/);
  });
});
