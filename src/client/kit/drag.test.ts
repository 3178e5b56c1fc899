import { describe, expect, it } from 'vitest';
import { dropIndex, edgeDepth, edgeScrollStep, scrollEdge } from './drag.ts';

describe('dropIndex', () => {
  it('counts the other entries whose middle lies above the pointer', () => {
    const middles = [100, 300, 500, 700];
    expect(dropIndex(middles, 3, 50)).toBe(0);
    expect(dropIndex(middles, 0, 450)).toBe(1);
    expect(dropIndex(middles, 1, 800)).toBe(3);
  });
});

describe('edgeDepth', () => {
  const height = 800;

  it('is 0 away from the edges', () => {
    for (const y of [scrollEdge, 400, height - scrollEdge]) expect(edgeDepth(y, height)).toBe(0);
  });

  it('is negative near the top and positive near the bottom, deeper nearer the edge, at most 1', () => {
    const up = [40, 20, 0].map((y) => edgeDepth(y, height));
    const down = [height - 40, height - 20, height].map((y) => edgeDepth(y, height));
    expect(up.every((depth, index) => depth < 0 && (index === 0 || depth < up[index - 1]!))).toBe(true);
    expect(down.every((depth, index) => depth > 0 && (index === 0 || depth > down[index - 1]!))).toBe(true);
    expect(edgeDepth(-30, height)).toBe(-1);
    expect(edgeDepth(height + 30, height)).toBe(1);
  });

  it('keeps the edge to a quarter of a short window, so that its middle never scrolls', () => {
    expect(edgeDepth(100, 200)).toBe(0);
    expect(edgeDepth(10, 200)).toBeLessThan(0);
  });
});

describe('edgeScrollStep', () => {
  it('scrolls in the direction of the edge, more the deeper the pointer', () => {
    expect(edgeScrollStep(-1, 16, 0)).toBeLessThan(edgeScrollStep(-0.5, 16, 0));
    expect(edgeScrollStep(-0.5, 16, 0)).toBeLessThan(0);
    expect(edgeScrollStep(1, 16, 0)).toBeGreaterThan(edgeScrollStep(0.5, 16, 0));
    expect(edgeScrollStep(0, 16, 5000)).toBe(0);
  });

  it('scrolls as far in a second at 30 frames a second as at 120', () => {
    const second = (frames: number) =>
      Array.from({ length: frames }, () => edgeScrollStep(1, 1000 / frames, 0)).reduce((a, b) => a + b);
    expect(Math.abs(second(30) - second(120))).toBeLessThanOrEqual(60);
  });

  it('speeds up the longer the entry is held at the edge, up to a limit', () => {
    const at = (heldMs: number) => edgeScrollStep(1, 16, heldMs);
    expect(at(1000)).toBeGreaterThan(at(0));
    expect(at(2000)).toBeGreaterThan(at(1000));
    expect(at(60_000)).toBe(at(30_000));
  });

  it('does not jump after a stalled frame', () => {
    expect(edgeScrollStep(1, 5000, 0)).toBe(edgeScrollStep(1, 100, 0));
  });
});
