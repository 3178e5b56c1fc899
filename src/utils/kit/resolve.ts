import type { PassageFile, PassageRecord, PublishedPassageFile } from '../../schemas/passage-file.ts';
import type { HandoutItem } from './handout.ts';

/** What a handout item stands for now, after the links registry's renames, tombstones and aliases. */
export type ResolvedItem =
  | {
      kind: 'passage';
      item: HandoutItem;
      file: PublishedPassageFile;
      passage: PassageRecord;
    }
  /** The case was withdrawn: its tombstone's date, reason and title. */
  | { kind: 'withdrawn'; item: HandoutItem; date: string; reason: string; title: string | null }
  /** The case is there but the passage is not (and no alias leads on from it). */
  | { kind: 'missing-passage'; item: HandoutItem; file: PublishedPassageFile }
  /** No case of that id, ever (or its data could not be read). */
  | { kind: 'missing-case'; item: HandoutItem };

/** Reads `/data/passages/<id>.json`; null when there is none. */
export type PassageFileLoader = (caseId: string) => Promise<PassageFile | null>;

/** Redirect chains longer than this are taken as loops. */
const maxHops = 8;

/** Follows redirects from `caseId` to a published or withdrawn case's file. */
async function currentFile(caseId: string, load: PassageFileLoader): Promise<PassageFile | null> {
  let file = await load(caseId);
  for (let hop = 0; file?.status === 'redirected' && hop < maxHops; hop += 1) file = await load(file.redirectTo);
  return file?.status === 'redirected' ? null : file;
}

/** Resolves one item through the per-case data files: the passage as published now, or why not. */
export async function resolveItem(item: HandoutItem, load: PassageFileLoader): Promise<ResolvedItem> {
  const file = await currentFile(item.caseId, load);
  if (!file) return { kind: 'missing-case', item };
  if (file.status === 'withdrawn')
    return { kind: 'withdrawn', item, date: file.date, reason: file.reason, title: file.title };
  if (file.status !== 'published') return { kind: 'missing-case', item };
  const anchor = file.passages.some((passage) => passage.anchor === item.anchor)
    ? item.anchor
    : file.aliases[item.anchor];
  const passage = file.passages.find((candidate) => candidate.anchor === anchor);
  return passage ? { kind: 'passage', item, file, passage } : { kind: 'missing-passage', item, file };
}

/** The item as it should be written from now on: the case's and passage's current names. */
export function currentItem(resolved: ResolvedItem): HandoutItem {
  if (resolved.kind !== 'passage') return resolved.item;
  return { ...resolved.item, caseId: resolved.file.id, anchor: resolved.passage.anchor };
}

/** Numbered sources: each case once, in the order the handout first quotes it. */
export function sourceList(resolved: ResolvedItem[]): { numbers: Map<string, number>; files: PublishedPassageFile[] } {
  const numbers = new Map<string, number>();
  const files: PublishedPassageFile[] = [];
  for (const entry of resolved) {
    if (entry.kind !== 'passage' || numbers.has(entry.file.id)) continue;
    files.push(entry.file);
    numbers.set(entry.file.id, files.length);
  }
  return { numbers, files };
}
