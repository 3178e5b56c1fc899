import { describe, expect, it } from 'vitest';
import { readingMinutes } from './reading-time.ts';

describe('readingMinutes', () => {
  it('rounds to whole minutes at 400 characters a minute', () => {
    expect(readingMinutes(4321)).toBe(11);
    expect(readingMinutes(1000)).toBe(3);
  });
  it('never says zero minutes', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(120)).toBe(1);
  });
});
