import { describe, expect, it } from 'vitest';
import type { Block } from '../types.ts';
import { provisionalTitle, provisionalTitleLength } from './title.ts';

const body = (...texts: string[]): Block[] =>
  texts.map((text, index) => ({ kind: 'paragraph', text, from: index + 1, to: index + 1, gapBefore: 1, gapAfter: 1 }));

describe('provisionalTitle', () => {
  it('takes the lead clause that says who did what, skipping the scene-setting ones', () => {
    expect(provisionalTitle(body('“五一”劳动节来临之际，某园区的职工有了自己的职工之家。其他。'))).toBe(
      '某园区的职工有了自己的职工之家',
    );
    expect(provisionalTitle(body('1月23日，某市总工会副主席来到驿站，送上礼包。'))).toBe('某市总工会副主席来到驿站');
  });

  it('cuts a long clause after a whole word, marked with …, within the limit', () => {
    const title = provisionalTitle(
      body('某某农场有限公司建立上情下达和下情上递的信息管理机制并不断拓宽民主参与渠道，及时反映职工心声。'),
    );
    expect(title?.endsWith('…')).toBe(true);
    expect([...(title ?? '')].length).toBeLessThanOrEqual(provisionalTitleLength);
    expect('某某农场有限公司建立上情下达和下情上递的信息管理机制').toContain(title?.slice(0, -1));
  });

  it('is null without running text', () => {
    expect(provisionalTitle([])).toBeNull();
  });
});
