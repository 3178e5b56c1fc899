// Removing a built site takes seconds (9.5 s for the ~31,000 files of 10,000 cases: most of an
// incremental build's last step), and nothing waits on it: the folder is renamed out of the way at
// once and removed by a process of its own, which goes on after the build has ended.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';

const marker = '.discarded-';

function removeInBackground(folder: string): void {
  const remove = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })';
  spawn(process.execPath, ['-e', remove, folder], { detached: true, stdio: 'ignore' }).unref();
}

/** Renames `folder` aside (its path is free at once) and removes it in the background; returns where it went. */
export function discardFolder(folder: string): string {
  const aside = `${folder}${marker}${process.pid}-${Date.now()}`;
  renameSync(folder, aside);
  removeInBackground(aside);
  return aside;
}

/** What discardFolder left beside `folder` and did not get to remove (its process was stopped with the machine, say). */
export function discardedBeside(folder: string): string[] {
  const parent = path.dirname(folder);
  const prefix = `${path.basename(folder)}${marker}`;
  return existsSync(parent)
    ? readdirSync(parent)
        .filter((name) => name.startsWith(prefix))
        .map((name) => path.join(parent, name))
    : [];
}

/** Removes, in the background, what earlier discards left beside `folder`. */
export function removeDiscardedBeside(folder: string): void {
  for (const leftover of discardedBeside(folder)) removeInBackground(leftover);
}
