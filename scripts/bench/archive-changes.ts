// The three everyday changes an incremental build must handle, applied to a content folder:
// a new case, an edited passage, a withdrawn case (content/LINKS.md).
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type ArchiveChange = 'add' | 'edit' | 'withdraw';
export const archiveChanges: readonly ArchiveChange[] = ['add', 'edit', 'withdraw'];

const caseFile = (content: string, id: string) => path.join(content, 'cases', `${id}.mdx`);

/** The ids of the folder's cases, in file name order. */
function caseIds(content: string): string[] {
  return readdirSync(path.join(content, 'cases'))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => name.slice(0, -'.mdx'.length));
}

/** Applies `change` to the last case of the folder (or a copy of it); returns the id it changed. */
export function applyChange(content: string, change: ArchiveChange): string {
  const id = caseIds(content).at(-1)!;
  const text = readFileSync(caseFile(content, id), 'utf8');
  if (change === 'add') {
    const added = `${id}-added`;
    const copy = text.replace(/^id: .*$/m, `id: ${added}`).replace(/^title: "?/m, '$&新增：');
    writeFileSync(caseFile(content, added), copy);
    return added;
  }
  if (change === 'edit') {
    writeFileSync(caseFile(content, id), text.replace('</P>', '这一句是编辑新加的。</P>'));
    return id;
  }
  rmSync(caseFile(content, id));
  appendFileSync(path.join(content, 'withdrawn.yaml'), `${id}:\n  date: 2026-12-01\n  reason: 基准测试撤下的案例。\n`);
  return id;
}
