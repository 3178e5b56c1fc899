import { lineDiff } from './line-diff.ts';
import { contentHash, type Manifest } from './manifest.ts';
import type { FileStatus } from './report.ts';

export interface PublishedCase {
  source: string;
  /** Article key inside the source, recorded in the manifest. */
  article: string;
  caseId: string;
  mdx: string;
}

export interface WritePlan {
  /** Case files to write: case id → MDX. */
  writes: Map<string, string>;
  /** Candidates for hand-edited files, written outside content/: case id → MDX. */
  candidates: Map<string, string>;
  files: FileStatus[];
  manifest: Manifest;
}

/**
 * Decides what to write. A case file that differs from what ingest last wrote (its hash in
 * the manifest) was edited by hand: it is kept, and the new candidate goes elsewhere with
 * the difference. Two articles yielding the same id are both refused.
 */
export function planWrites(
  cases: readonly PublishedCase[],
  manifest: Manifest,
  current: (caseId: string) => string | null,
  candidateDir: string,
): WritePlan {
  const sources = new Map<string, string[]>();
  for (const { caseId, source } of cases) sources.set(caseId, [...(sources.get(caseId) ?? []), source]);
  const plan: WritePlan = {
    writes: new Map(),
    candidates: new Map(),
    files: [],
    manifest: { cases: { ...manifest.cases } },
  };
  for (const { source, article, caseId, mdx } of cases) {
    const claimants = sources.get(caseId) ?? [];
    if (claimants.length > 1) {
      plan.files.push({ kind: 'duplicate', caseId, sources: claimants });
      continue;
    }
    const existing = current(caseId);
    const recorded = manifest.cases[caseId];
    if (existing !== null && existing !== mdx && (!recorded || contentHash(existing) !== recorded.hash)) {
      plan.candidates.set(caseId, mdx);
      plan.files.push({
        kind: 'hand-edited',
        caseId,
        candidate: `${candidateDir}/${caseId}.mdx`,
        diff: lineDiff(existing, mdx),
      });
      continue;
    }
    if (existing !== mdx) plan.writes.set(caseId, mdx);
    plan.files.push({ kind: existing === mdx ? 'unchanged' : 'written', caseId });
    plan.manifest.cases[caseId] = { source, article, hash: contentHash(mdx) };
  }
  return plan;
}
