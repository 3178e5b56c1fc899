import { describe, expect, it } from 'vitest';
import { toSimplified, toTraditional } from './simplified.ts';

describe('Simplified ↔ Traditional', () => {
  it('folds Traditional text onto Simplified', () => {
    expect(toSimplified('工會經費 職工之家')).toBe('工会经费 职工之家');
  });
  it('spells a Simplified query in Traditional for pages written that way', () => {
    expect(toTraditional('暖心驿站')).toBe('暖心驛站');
  });
});
