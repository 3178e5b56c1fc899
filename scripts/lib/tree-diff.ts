// Compares two folders byte for byte: how the bench and the tests tell an incremental build's
// output from a full build's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { walk } from './build-stamp.ts';

/** Paths (relative, `/`-separated) that are in only one of the folders or differ in bytes; empty when identical. */
export function treeDiff(left: string, right: string): string[] {
  const files = (root: string) =>
    new Set([...walk(root)].map((file) => path.relative(root, file).split(path.sep).join('/')));
  const [inLeft, inRight] = [files(left), files(right)];
  const differing: string[] = [];
  for (const file of new Set([...inLeft, ...inRight])) {
    if (!inLeft.has(file)) differing.push(`+ ${file}`);
    else if (!inRight.has(file)) differing.push(`- ${file}`);
    else if (!readFileSync(path.join(left, file)).equals(readFileSync(path.join(right, file))))
      differing.push(`≠ ${file}`);
  }
  return differing.sort((a, b) => a.slice(2).localeCompare(b.slice(2)));
}
