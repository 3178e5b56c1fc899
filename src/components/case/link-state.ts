import { readLinkFiles, type LinkState } from '../../integrations/link-files.ts';

let state: Omit<LinkState, 'current'> | undefined;

/**
 * The links registry and its successor files, read once per build. The case files themselves
 * are not read again here: the pages have them from the content collection.
 */
export function linkState(): Omit<LinkState, 'current'> {
  state ??= readLinkFiles();
  return state;
}

/** Vanished anchors of `caseId` that now lead to the passage `anchor`. */
export function aliasesOf(caseId: string, anchor: string): string[] {
  const aliases = linkState().successors.aliases[caseId] ?? {};
  return Object.entries(aliases)
    .filter(([, target]) => target === anchor)
    .map(([alias]) => alias);
}
