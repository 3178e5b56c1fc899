import { readLinkState, type LinkState } from '../../integrations/link-files.ts';

let state: LinkState | undefined;

/** The links registry and its successor files, read once per build. */
export function linkState(): LinkState {
  state ??= readLinkState();
  return state;
}

/** Vanished anchors of `caseId` that now lead to the passage `anchor`. */
export function aliasesOf(caseId: string, anchor: string): string[] {
  const aliases = linkState().successors.aliases[caseId] ?? {};
  return Object.entries(aliases)
    .filter(([, target]) => target === anchor)
    .map(([alias]) => alias);
}
