// The measures of `npm run eval:search`, as pure functions: which case ids the eval's case keys
// mean, and recall/precision of one query's case results.
import { toSimplified } from '../../src/content-model/simplified.ts';

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

/** Text as the precision check compares it: Simplified, layout whitespace removed, nothing else. */
export function compact(text: string): string {
  return toSimplified(text.normalize('NFKC')).replace(/\s+/g, '');
}

/** Whether a text says the query, whitespace and punctuation aside (“三补贴”“三挂钩” says 三补贴三挂钩). */
export function says(text: string, query: string): boolean {
  const bare = (value: string) => compact(value).replace(/[\p{P}\p{S}]+/gu, '');
  return compact(text).includes(compact(query)) || bare(text).includes(bare(query));
}

/** A measure as `/data/measures.json` publishes it, as far as the eval reads it. */
export interface PublishedMeasure {
  name: string;
  /** Absent on a site built before alias kinds: then every alias counted as a synonym. */
  synonyms?: string[];
  aliases: string[];
  narrower?: string[];
  cases: Array<{ id: string }>;
}

/**
 * The issue's definition of a relevant result, from the site's public data and the case's text
 * alone (not from the ranking's own rule): the text says the query, or the case is tagged with a
 * measure whose name or synonym is the query. A narrower term (母婴关爱室) counts only where said.
 */
export function relevanceJudge(measures: PublishedMeasure[]): (query: string, caseId: string, text: string) => boolean {
  const namesOf = (measure: PublishedMeasure) => [measure.name, ...(measure.synonyms ?? measure.aliases)].map(compact);
  return (query, caseId, text) =>
    says(text, query) ||
    measures.some(
      (measure) => measure.cases.some((entry) => entry.id === caseId) && namesOf(measure).includes(compact(query)),
    );
}

/** Whether the query is a measure's narrower term (reported apart: the kind this eval is about). */
export function isNarrowerTerm(measures: PublishedMeasure[], query: string): boolean {
  return measures.some((measure) => (measure.narrower ?? []).some((term) => compact(term) === compact(query)));
}

export interface QueryScore {
  /** Every expected case among the first max(3, n) case results. */
  recalled: boolean;
  missing: string[];
  /** Results (of the first 5) that are relevant ({@link relevanceJudge}). */
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
