import { describe, expect, it } from 'vitest';
import { scriptTable } from '../../content-model/simplified.ts';
import { traditionalOnly } from '../../content-model/script-table.ts';
import { gb2312Han, isSimplifiedText, traditionalInGb2312 } from './simplified-text.ts';

describe('isSimplifiedText', () => {
  it('knows GB2312’s 6,763 Han characters', () => {
    const han = [...gb2312Han()].filter((character) => /\p{Script=Han}/u.test(character));
    expect(han.length).toBeGreaterThanOrEqual(6763);
    expect(gb2312Han().has('驿')).toBe(true);
    expect(gb2312Han().has('驛')).toBe(false);
  });

  it('lists every Traditional-only form GB2312 holds', () => {
    const inside = [...traditionalOnly(scriptTable)].filter((character) => gb2312Han().has(character));
    expect(inside.length).toBeGreaterThan(0);
    for (const character of inside) expect(traditionalInGb2312).toContain(character);
  });

  it('tells Simplified queries from ones that may hold Traditional forms', () => {
    expect(isSimplifiedText('暖心驿站')).toBe(true);
    expect(isSimplifiedText('“三补贴三挂钩” 2019 APP')).toBe(true);
    expect(isSimplifiedText('暖心驛站')).toBe(false);
    expect(isSimplifiedText('於')).toBe(false);
    // A character outside GB2312 is not known to be Simplified: the table decides.
    expect(isSimplifiedText('𠮷')).toBe(false);
  });

  it('never calls a text with a Traditional-only form Simplified', () => {
    for (const character of traditionalOnly(scriptTable)) expect(isSimplifiedText(`工会${character}`)).toBe(false);
  });
});
