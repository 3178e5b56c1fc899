// The pages Astro cached last build, hard-linked into its new output folder: Astro then finds every
// page it may reuse already there and leaves it (core/build/generate.js restores only a page that
// is missing), where it would copy ~22,000 files at 10,000 cases (src/integrations/linked-output.ts).
import { existsSync, readdirSync, rmdirSync, lstatSync, unlinkSync } from 'node:fs';
import { link, lstat, mkdir } from 'node:fs/promises';
import path from 'node:path';

/** One page linked into the output folder: its path there, and the file it was linked to. */
export interface LinkedPage {
  file: string;
  inode: number;
}

/** Files and folders under `root`, relative to it, each folder before what it holds. */
function tree(root: string): { folders: string[]; files: string[] } {
  const folders: string[] = [];
  const files: string[] = [];
  const visit = (relative: string): void => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const item = path.join(relative, entry.name);
      if (entry.isDirectory()) {
        folders.push(item);
        visit(item);
      } else if (entry.isFile()) files.push(item);
    }
  };
  if (existsSync(root)) visit('');
  return { folders, files };
}

/** Runs `task` on every item, `width` at a time: the file system works on several at once. */
async function eachAtOnce<T>(items: readonly T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: width }, worker));
}

/** Links every file under `cachedPages` into `outDir` at the same relative path; returns what it linked. */
export async function linkCachedPages(cachedPages: string, outDir: string): Promise<LinkedPage[]> {
  const { folders, files } = tree(cachedPages);
  await mkdir(outDir, { recursive: true });
  // Each folder after its parent: a depth at a time.
  const depth = (folder: string) => folder.split(path.sep).length;
  const deepest = Math.max(0, ...folders.map(depth));
  for (let level = 1; level <= deepest; level += 1) {
    await eachAtOnce(
      folders.filter((folder) => depth(folder) === level),
      16,
      (folder) => mkdir(path.join(outDir, folder)),
    );
  }
  const linked: LinkedPage[] = [];
  await eachAtOnce(files, 16, async (file) => {
    await link(path.join(cachedPages, file), path.join(outDir, file));
    linked.push({ file, inode: (await lstat(path.join(outDir, file))).ino });
  });
  return linked;
}

/**
 * Removes from `outDir` the linked pages the build dropped: Astro removes the cached copy of a page
 * it no longer makes (a list page that pagination no longer reaches), but not the link. A page that
 * the build wrote again is a new file (another inode) and stays. Empty folders left go too.
 * Returns the removed files' relative paths.
 */
export function unlinkDroppedPages(cachedPages: string, outDir: string, linked: readonly LinkedPage[]): string[] {
  const inodeOf = (file: string) => {
    try {
      return lstatSync(file).ino;
    } catch {
      return undefined;
    }
  };
  const dropped = linked.filter(
    ({ file, inode }) =>
      inodeOf(path.join(cachedPages, file)) === undefined && inodeOf(path.join(outDir, file)) === inode,
  );
  for (const { file } of dropped) {
    unlinkSync(path.join(outDir, file));
    for (let folder = path.dirname(file); folder !== '.'; folder = path.dirname(folder)) {
      if (readdirSync(path.join(outDir, folder)).length > 0) break;
      rmdirSync(path.join(outDir, folder));
    }
  }
  return dropped.map(({ file }) => file);
}
