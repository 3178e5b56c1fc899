import { describe, expect, it } from 'vitest';
import { scriptVariants, toSimplified, toTraditional } from './fold.ts';

describe('Simplified ↔ Traditional', () => {
  it('folds Traditional text onto Simplified', () => {
    expect(toSimplified('工會經費 職工之家')).toBe('工会经费 职工之家');
  });
  it('spells a Simplified query in Traditional for pages written that way', () => {
    expect(toTraditional('暖心驿站')).toBe('暖心驛站');
  });
  it('gives each distinct spelling once', () => {
    expect(scriptVariants('暖心驿站')).toEqual(['暖心驿站', '暖心驛站']);
    expect(scriptVariants('暖心驛站')).toEqual(['暖心驛站', '暖心驿站']);
    expect(scriptVariants('2019')).toEqual(['2019']);
  });
});
