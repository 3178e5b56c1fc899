import { describe, expect, it } from 'vitest';
import { medianBy, table, target } from './report.ts';

describe('bench report', () => {
  it('judges targets at most and at least, and a missing figure as not met', () => {
    expect(target('build', 170, 180, 's')).toEqual({ name: 'build', value: '170.0 s', limit: '≤ 180 s', met: true });
    expect(target('build', 181, 180, 's').met).toBe(false);
    expect(target('ingest', 0.9, 1, 'MB/s', false, 2)).toMatchObject({
      value: '0.90 MB/s',
      limit: '≥ 1 MB/s',
      met: false,
    });
    expect(target('search', null, 300, 'ms')).toMatchObject({ value: '—', met: false });
  });

  it('pads columns by display width, counting Chinese characters as two', () => {
    expect(
      table(
        ['q', 'n'],
        [
          ['暖心驿站', 1],
          ['x', 22],
        ],
      ).split('\n'),
    ).toEqual(['q         n ', '--------  --', '暖心驿站  1 ', 'x         22']);
  });

  it('picks the run with the median value', () => {
    const runs = [{ ms: 310 }, { ms: 220 }, { ms: 245 }];
    expect(medianBy(runs, (run) => run.ms)).toBe(runs[2]);
    expect(medianBy([{ ms: 2 }, { ms: 1 }], (run) => run.ms)).toEqual({ ms: 1 });
    expect(medianBy([], (run: { ms: number }) => run.ms)).toBeNull();
  });
});
