// The processes of this machine as Linux lists them in /proc: who started whom, so that a
// command's whole tree can be measured (scripts/bench/measure.ts) or stopped (run.ts) — Astro and
// Pagefind start children of their own.
import { readdirSync, readFileSync } from 'node:fs';

/** A Linux process: its parent, and whether it has exited (a zombie waiting for its parent). */
export interface ProcessEntry {
  pid: number;
  parent: number;
  ended: boolean;
}

export function processTable(): ProcessEntry[] {
  return readdirSync('/proc').flatMap((name): ProcessEntry[] => {
    if (!/^\d+$/.test(name)) return [];
    try {
      // `pid (command) state ppid …`: the command may hold spaces and parentheses, so split after its last `)`.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return [{ pid: Number(name), parent: Number(parent), ended: state === 'Z' || state === 'X' }];
    } catch {
      return []; // ended meanwhile
    }
  });
}

/** `roots` and every process below them in `table`. */
export function withDescendants(roots: Iterable<number>, table: readonly ProcessEntry[]): Set<number> {
  const found = new Set(roots);
  // Parents before children is not guaranteed by pid order, so repeat until nothing is added.
  for (let size = -1; size !== found.size;) {
    size = found.size;
    for (const entry of table) if (found.has(entry.parent)) found.add(entry.pid);
  }
  return found;
}
