// runAll stops the other steps as soon as one fails, whole process trees included, and returns
// only once none of them runs — proved with tiny node scripts that would otherwise sleep 30 s.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, runAll, type Step } from './run.ts';

let work = '';
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'run-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const node = process.execPath;
const sleepy = 30_000;

/** A node script that writes its pid to `pidFile` and sleeps; with `child`, it first starts one like it. */
function sleeper(pidFile: string, child?: string): string {
  const startChild = child
    ? `require('child_process').spawn(process.execPath, ['-e', ${JSON.stringify(sleeper(child))}], { stdio: 'ignore' });`
    : '';
  return `${startChild} require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setTimeout(() => {}, ${sleepy});`;
}

/** A node script that starts a sleeper writing `pidFile`, waits until it runs, then exits with `code` — orphaning it. */
function abandoner(pidFile: string, code: number): string {
  return `require('child_process').spawn(process.execPath, ['-e', ${JSON.stringify(sleeper(pidFile))}], { stdio: 'ignore' }).unref();
    const wait = () => (require('fs').existsSync(${JSON.stringify(pidFile)}) ? process.exit(${code}) : setTimeout(wait, 20));
    wait();`;
}

const failsAfter = (ms: number, code: number): string => `setTimeout(() => process.exit(${code}), ${ms});`;

/** A node script that exits with `code` once the `files` exist (the sleepers it is to cut short run). */
const failsOnce = (files: string[], code: number): string =>
  `const ready = () => ${JSON.stringify(files)}.every((name) => require('fs').existsSync(name));
    const wait = () => (ready() ? process.exit(${code}) : setTimeout(wait, 20));
    wait();`;

async function whenExist(files: string[]): Promise<void> {
  while (!files.every((name) => existsSync(name))) await new Promise((resolve) => setTimeout(resolve, 20));
}

const file = (name: string) => path.join(work, name);
const pidIn = (pidFile: string) => Number(readFileSync(pidFile, 'utf8'));

/** Whether `pid` is a live process (a zombie no parent has reaped yet has ended: it runs nothing). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
}

const step = (name: string, script: string, extra: Partial<Step> = {}): Step => ({
  name,
  command: node,
  args: ['-e', script],
  ...extra,
});

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = performance.now();
  const result = await work();
  return { result, seconds: (performance.now() - started) / 1000 };
}

describe.runIf(existsSync('/proc/self/stat'))('runAll', () => {
  it('stops a sleeping sibling and its child as soon as one step fails, keeping the failing code', async () => {
    const [parentPid, childPid] = [file('a-parent'), file('a-child')];
    const { result, seconds } = await timed(() =>
      runAll([step('sleeper', sleeper(parentPid, childPid)), step('failing', failsOnce([parentPid, childPid], 3))]),
    );
    expect(seconds).toBeLessThan(10);
    expect(result).toEqual([
      { name: 'sleeper', code: 137, stopped: true },
      { name: 'failing', code: 3, stopped: false },
    ]);
    expect(isRunning(pidIn(parentPid))).toBe(false);
    expect(isRunning(pidIn(childPid))).toBe(false);
  });

  it('stops what a failing step left running when it died (a child orphaned to init)', async () => {
    const orphanPid = file('b-orphan');
    const { result, seconds } = await timed(() =>
      runAll([step('sleeper', sleeper(file('b-sleeper'))), step('crashing', abandoner(orphanPid, 1))]),
    );
    expect(seconds).toBeLessThan(10);
    expect(result.map(({ code, stopped }) => ({ code, stopped }))).toEqual([
      { code: 137, stopped: true },
      { code: 1, stopped: false },
    ]);
    expect(isRunning(pidIn(orphanPid))).toBe(false);
  });

  it('lets the others go on after an exit code the step names, and waits for them', async () => {
    const { result, seconds } = await timed(() =>
      runAll([
        step('reporting', failsAfter(1500, 1)),
        step('deferring', failsAfter(100, 65), { othersGoOnAfter: [65] }),
      ]),
    );
    expect(seconds).toBeGreaterThan(1.4);
    expect(result).toEqual([
      { name: 'reporting', code: 1, stopped: false },
      { name: 'deferring', code: 65, stopped: false },
    ]);
  });

  it('stops every step when its signal aborts (Ctrl+C in the caller)', async () => {
    const [one, two] = [file('c-one'), file('c-two')];
    const interrupt = new AbortController();
    void whenExist([one, two]).then(() => interrupt.abort());
    const { result, seconds } = await timed(() =>
      runAll([step('one', sleeper(one)), step('two', sleeper(two))], interrupt.signal),
    );
    expect(seconds).toBeLessThan(10);
    expect(result.every(({ stopped, code }) => stopped && code === 137)).toBe(true);
    expect([one, two].map((pidFile) => isRunning(pidIn(pidFile)))).toEqual([false, false]);
  });

  it('runs every step to its end when all pass', async () => {
    const result = await runAll([step('quick', failsAfter(50, 0)), step('quicker', failsAfter(10, 0))]);
    expect(result.map(({ code, stopped }) => [code, stopped])).toEqual([
      [0, false],
      [0, false],
    ]);
  });
});

describe.runIf(existsSync('/proc/self/stat'))('run with a signal', () => {
  it('resolves to 128 + the signal number once the command is stopped', async () => {
    const pidFile = file('d-sleeper');
    const stop = new AbortController();
    void whenExist([pidFile]).then(() => stop.abort());
    const { result, seconds } = await timed(() => run(node, ['-e', sleeper(pidFile)], { signal: stop.signal }));
    expect(seconds).toBeLessThan(10);
    expect(result).toBe(137);
    expect(isRunning(pidIn(pidFile))).toBe(false);
  });
});
