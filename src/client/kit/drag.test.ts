import { describe, expect, it } from 'vitest';
import { dropIndex, edgeScrollStep, scrollEdge } from './drag.ts';

describe('dropIndex', () => {
  it('counts the other entries whose middle lies above the pointer', () => {
    const middles = [100, 300, 500, 700];
    expect(dropIndex(middles, 3, 50)).toBe(0);
    expect(dropIndex(middles, 0, 450)).toBe(1);
    expect(dropIndex(middles, 1, 800)).toBe(3);
  });
});

describe('edgeScrollStep', () => {
  const height = 800;

  it('does not scroll away from the edges', () => {
    for (const y of [scrollEdge, 400, height - scrollEdge]) expect(edgeScrollStep(y, height)).toBe(0);
  });

  it('scrolls up near the top and down near the bottom, faster nearer the edge', () => {
    const up = [40, 20, 0].map((y) => edgeScrollStep(y, height));
    const down = [height - 40, height - 20, height].map((y) => edgeScrollStep(y, height));
    expect(up.every((step, index) => step < 0 && (index === 0 || step < up[index - 1]!))).toBe(true);
    expect(down.every((step, index) => step > 0 && (index === 0 || step > down[index - 1]!))).toBe(true);
    expect(edgeScrollStep(-30, height)).toBe(edgeScrollStep(0, height));
    expect(edgeScrollStep(height + 30, height)).toBe(edgeScrollStep(height, height));
  });

  it('keeps the edge to a quarter of a short window, so that its middle never scrolls', () => {
    expect(edgeScrollStep(100, 200)).toBe(0);
    expect(edgeScrollStep(10, 200)).toBeLessThan(0);
  });
});
