import { spawn, type SpawnOptions } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { processTable, withDescendants } from './process-table.ts';

export interface RunOptions extends SpawnOptions {
  /**
   * Aborting stops the command and everything it started (stopProcessTree) — Node's own `signal`
   * would kill the command alone, leaving its children running.
   */
  signal?: AbortSignal | undefined;
  /** The value of the run's mark (markVariable); a fresh one by default. */
  mark?: string;
}

export interface RunOutcome {
  /** The exit code; 128 + the signal's number when a signal ended it, as a shell reports it. */
  code: number;
  /** Whether the command was stopped (by the signal) rather than ending by itself. */
  stopped: boolean;
}

/**
 * Every process a run starts carries this variable with the run's own value, inherited down its
 * tree: a grandchild whose parent died (reparented to init, out of reach of a walk by parent id)
 * is still known as the run's.
 */
const markVariable = 'ARCHIVE_RUN_MARK';

const signalCode = (signal: NodeJS.Signals | null) => (signal ? 128 + (constants.signals[signal] ?? 0) : 1);

/** Runs a command with inherited output; resolves to its exit code. */
export async function run(command: string, args: string[], options: RunOptions = {}): Promise<number> {
  return (await runStoppable(command, args, options)).code;
}

/**
 * Runs a command with inherited output. When `options.signal` aborts, the command's whole process
 * tree is stopped, and the promise resolves only once none of it runs any more — so nothing it
 * started can still write into files the caller is about to delete.
 */
export function runStoppable(command: string, args: string[], options: RunOptions = {}): Promise<RunOutcome> {
  const { signal, mark = randomUUID(), ...spawnOptions } = options;
  const env = { ...(spawnOptions.env ?? process.env), [markVariable]: mark };
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...spawnOptions, env });
    // Its pid only while Node has not reaped it: after that the number may be another process's.
    const liveRoot = () => (child.exitCode === null && child.signalCode === null ? child.pid : undefined);
    let stopping: Promise<void> | undefined;
    const stop = () => (stopping ??= stopProcessTree(mark, liveRoot));
    child.on('error', (error) => {
      signal?.removeEventListener('abort', stop);
      reject(error);
    });
    child.on('close', async (code, exitSignal) => {
      signal?.removeEventListener('abort', stop);
      const stopped = stopping !== undefined;
      // A command that ended by itself may leave children behind; when stopped, they go too.
      if (stopped) await stop();
      resolve({ code: code ?? signalCode(exitSignal), stopped });
    });
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop, { once: true });
  });
}

export interface Step {
  /** How messages name the step. */
  name: string;
  command: string;
  args: string[];
  options?: SpawnOptions;
  /**
   * Exit codes of this step after which the other steps go on: a failure that another step
   * reports better (its messages name what to fix) should not cut that step short.
   */
  othersGoOnAfter?: readonly number[];
}

export interface StepOutcome extends RunOutcome {
  name: string;
}

/**
 * Runs the steps at once. The first step to fail stops the others (unless its code is one of its
 * `othersGoOnAfter`), and so does `signal`. Resolves, in the order of `steps`, when every step
 * and everything it started has ended: what a step leaves running (a child of a parent that
 * crashed) is stopped too.
 */
export async function runAll(steps: readonly Step[], signal?: AbortSignal): Promise<StepOutcome[]> {
  const stopAll = new AbortController();
  const abortAll = () => stopAll.abort();
  if (signal?.aborted) abortAll();
  signal?.addEventListener('abort', abortAll, { once: true });
  const marks = steps.map(() => randomUUID());
  try {
    return await Promise.all(
      steps.map(async (step, index): Promise<StepOutcome> => {
        const options = { ...step.options, signal: stopAll.signal, mark: marks[index]! };
        const outcome = await runStoppable(step.command, step.args, options);
        if (outcome.code !== 0 && !step.othersGoOnAfter?.includes(outcome.code)) abortAll();
        return { name: step.name, ...outcome };
      }),
    );
  } finally {
    signal?.removeEventListener('abort', abortAll);
    for (const mark of marks) await stopProcessTree(mark);
  }
}

const carriesMark = (pid: number, mark: string) => {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`${markVariable}=${mark}`);
  } catch {
    return false; // ended meanwhile, or another user's
  }
};

/**
 * The live processes of a run: whatever carries the run's mark, and `root()` (the run's own
 * process, while it is one) and their descendants — also those started with an environment of
 * their own.
 */
export function processesOfRun(mark: string, root: () => number | undefined = () => undefined): number[] {
  const live = processTable().filter((entry) => !entry.ended && entry.pid !== process.pid);
  const marked = live.filter((entry) => carriesMark(entry.pid, mark)).map((entry) => entry.pid);
  const rootPid = root();
  const rooted = rootPid !== undefined && live.some((entry) => entry.pid === rootPid) ? [rootPid] : [];
  return [...withDescendants([...marked, ...rooted], live)];
}

/**
 * Kills every process of a run with SIGKILL and waits until none is alive. SIGKILL, not SIGTERM:
 * a build that is stopped is thrown away whole (its scratch folders, and the cache is already
 * marked untrusted), so there is nothing for the processes to save, and none can refuse or linger.
 * Killed over again until none is found, since one may have started a child just before it died.
 * Without /proc (not Linux) only `root()` itself is killed.
 */
export async function stopProcessTree(
  mark: string,
  root: () => number | undefined = () => undefined,
  timeoutMs = 10_000,
): Promise<void> {
  if (!existsSync('/proc/self/stat')) {
    const rootPid = root();
    if (rootPid !== undefined) killQuietly(rootPid);
    return;
  }
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const alive = processesOfRun(mark, root);
    if (alive.length === 0 || performance.now() > deadline) return;
    for (const pid of alive) killQuietly(pid);
    await sleep(20);
  }
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** Runs a command and exits this process with its code when it fails. */
export async function runOrExit(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  const code = await run(command, args, options);
  if (code !== 0) process.exit(code);
}
