// The measures of `npm run eval:search`, as pure functions: which case ids the eval's case keys
// mean, and recall/precision of one query's case results.

export interface EvalCaseSpec {
  source: string;
  /** The case's title, kicker or subtitle contains one of these. */
  titleAny: string[];
}

export interface CaseIdentity {
  id: string;
  source: string;
  title: string;
  kicker: string | null;
  subtitle: string | null;
}

/** Maps each eval key to the one case id it names; throws naming the keys that match none or several. */
export function resolveCaseKeys(specs: Record<string, EvalCaseSpec>, cases: CaseIdentity[]): Map<string, string> {
  const resolved = new Map<string, string>();
  const problems: string[] = [];
  for (const [key, spec] of Object.entries(specs)) {
    const matches = cases.filter(
      (entry) =>
        entry.source === spec.source &&
        spec.titleAny.some((fragment) =>
          [entry.title, entry.kicker, entry.subtitle].some((text) => text?.includes(fragment)),
        ),
    );
    if (matches.length === 1 && matches[0]) resolved.set(key, matches[0].id);
    else
      problems.push(
        `${key}: ${matches.length === 0 ? '没有' : `${matches.length} 个（${matches.map((m) => m.id).join('、')}）`}案例来自 ${spec.source} 且标题含 ${spec.titleAny.join(' / ')}`,
      );
  }
  if (problems.length > 0) throw new Error(`评测案例对不上站点的案例：\n  ${problems.join('\n  ')}`);
  return resolved;
}

/** Text as the precision check compares it: layout whitespace removed, nothing else. */
export function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

export interface QueryScore {
  /** Every expected case among the first max(3, n) case results. */
  recalled: boolean;
  missing: string[];
  /** Results (of the first 5) that contain the query or are tagged with a measure of that name. */
  relevant: number;
  judged: number;
}

export function scoreQuery(
  expected: string[],
  returned: string[],
  isRelevant: (caseId: string) => boolean,
): QueryScore {
  const window = returned.slice(0, Math.max(3, expected.length));
  const missing = expected.filter((id) => !window.includes(id));
  const judgedIds = returned.slice(0, 5);
  return {
    recalled: missing.length === 0,
    missing,
    relevant: judgedIds.filter(isRelevant).length,
    judged: judgedIds.length,
  };
}

/** Total precision: relevant results over judged results, all queries pooled. */
export function pooledPrecision(scores: QueryScore[]): number {
  const judged = scores.reduce((sum, score) => sum + score.judged, 0);
  return judged === 0 ? 0 : scores.reduce((sum, score) => sum + score.relevant, 0) / judged;
}
