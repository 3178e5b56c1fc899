import { describe, expect, it } from 'vitest';
import { slicedTagWord, tagSlice, tagSlices } from './tag-slices.ts';

describe('tag slices', () => {
  it('puts a page in the same slice every time, spread over all slices', () => {
    const paths = Array.from({ length: 800 }, (_, index) => `/cases/synth-${String(index).padStart(5, '0')}/`);
    expect(paths.map(tagSlice)).toEqual(paths.map(tagSlice));
    const sizes = Array.from({ length: tagSlices }, (_, slice) => paths.filter((path) => tagSlice(path) === slice).length);
    for (const size of sizes) expect(size).toBeGreaterThan(60);
  });
  it('marks a name with its slice as one word', () => {
    expect(slicedTagWord('暖心驿站', 3)).toBe('暖心驿站_3');
    expect(slicedTagWord('暖心驿站', 3)).not.toMatch(/\s/);
  });
});
