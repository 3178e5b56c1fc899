// Runs a command and measures wall time and the peak resident memory of its whole process tree,
// sampled from /proc: Pagefind runs as its own binary, so the parent's own RSS tells nothing.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { processTable, withDescendants } from '../lib/process-table.ts';

export interface Measured {
  seconds: number;
  peakRssMB: number;
  exitCode: number;
  /** 1-minute load average when the command started: the machine is shared. */
  loadAtStart: number;
  /** The output's last 20,000 characters (where a failure says why). */
  output: string;
  /** Every whole line of output matching `keepLines`, wherever it came (a 10k build prints 22,000 page lines). */
  kept: string[];
  /** Set when the run was stopped for going over `killAboveMB`. */
  killed: boolean;
}

export interface MeasureOptions {
  /** Stops the process tree above this much memory. */
  killAboveMB?: number;
  intervalMs?: number;
  keepLines?: RegExp;
}

function rssKB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory (KB) of `root` and all its descendants now. */
export function treeRssKB(root: number): number {
  let total = 0;
  for (const pid of withDescendants([root], processTable())) total += rssKB(pid);
  return total;
}

/** Collects the whole lines of a stream that match `pattern`, however its chunks cut them. */
function lineKeeper(pattern: RegExp | undefined, kept: string[]) {
  let partial = '';
  return {
    add(text: string) {
      if (!pattern) return;
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      kept.push(...lines.filter((line) => pattern.test(line)));
    },
    end() {
      if (pattern?.test(partial)) kept.push(partial);
    },
  };
}

/**
 * Runs `command` (output kept), sampling its tree's RSS every `intervalMs`; a tree that goes over
 * `killAboveMB` is stopped, so a runaway build cannot take the shared machine down.
 */
export function measure(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  { killAboveMB = Infinity, intervalMs = 100, keepLines }: MeasureOptions = {},
): Promise<Measured> {
  const loadAtStart = loadavg()[0] ?? 0;
  const started = performance.now();
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let killed = false;
  let output = '';
  const kept: string[] = [];
  const streams = [child.stdout, child.stderr].map((stream) => {
    const lines = lineKeeper(keepLines, kept);
    stream.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      output = (output + text).slice(-20_000);
      lines.add(text);
    });
    return lines;
  });
  let peak = 0;
  const timer = setInterval(() => {
    if (!child.pid) return;
    peak = Math.max(peak, treeRssKB(child.pid));
    if (!killed && peak / 1024 > killAboveMB) {
      killed = true;
      process.kill(-child.pid, 'SIGKILL');
    }
  }, intervalMs);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      for (const lines of streams) lines.end();
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakRssMB: Math.round(peak / 1024),
        exitCode: code ?? 1,
        loadAtStart,
        output,
        kept,
        killed,
      });
    });
  });
}
