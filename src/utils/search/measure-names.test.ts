import { describe, expect, it } from 'vitest';
import { formatMeasureNames, parseMeasureNames } from './measure-names.ts';

describe('measure names meta', () => {
  it('keeps each name a word of its own and reads them back', () => {
    const names = ['技能竞赛', '技能大赛', '依法建会（一函两书）'];
    expect(formatMeasureNames(names)).toBe('技能竞赛 | 技能大赛 | 依法建会（一函两书）');
    expect(parseMeasureNames(formatMeasureNames(names))).toEqual(names);
    expect(parseMeasureNames(undefined)).toEqual([]);
  });
});
