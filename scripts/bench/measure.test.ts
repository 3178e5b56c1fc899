import { describe, expect, it } from 'vitest';
import { measure } from './measure.ts';

describe('measure', () => {
  it('counts the memory of child processes, not only the parent', async () => {
    // The parent (sh) is tiny; the child node process holds a 200 MB buffer.
    const script = 'const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => console.log(b[5]), 1500);';
    const run = await measure('sh', ['-c', `"${process.execPath}" -e '${script}'`]);
    expect(run.exitCode).toBe(0);
    expect(run.output.trim()).toBe('1');
    expect(run.peakRssMB).toBeGreaterThan(200);
    expect(run.seconds).toBeGreaterThan(1.4);
  });

  it('keeps the lines asked for however much output follows, split across chunks or not', async () => {
    const script =
      'process.stdout.write("plan: in"); setTimeout(() => { console.log("cremental"); ' +
      'for (let i = 0; i < 3000; i++) console.log("page " + i); process.stdout.write("done"); }, 50);';
    const run = await measure('sh', ['-c', `"${process.execPath}" -e '${script}'`], process.env, {
      keepLines: /^plan:|^done/,
    });
    expect(run.kept).toEqual(['plan: incremental', 'done']);
    expect(run.output).not.toContain('plan:');
  });

  it('stops a process tree that goes over the memory limit', async () => {
    const script = 'const b = Buffer.alloc(300 * 1024 * 1024, 1); setTimeout(() => console.log(b[5]), 20000);';
    const run = await measure('sh', ['-c', `"${process.execPath}" -e '${script}'`], process.env, { killAboveMB: 150 });
    expect(run.killed).toBe(true);
    expect(run.exitCode).not.toBe(0);
    expect(run.seconds).toBeLessThan(15);
  });
});
