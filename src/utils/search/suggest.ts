// Suggestions for a search that found nothing: the measures and regions whose names share the
// most character pairs with the query, so 暖心站 still leads to 暖心驿站.
import { characterPairs } from './pairs.ts';
import { identity, looseForm, type Fold } from './text.ts';

export interface Suggestion {
  label: string;
  /** Other names of the same thing: a measure's synonyms, a region's province. */
  names: string[];
  href: string;
  /** A measure's id. */
  id?: string;
  /** A measure's narrower terms: instances of it, not other names for it (母婴关爱室). */
  narrower?: string[];
}

/** Dice coefficient of the two texts' character pairs, 0…1. */
export function similarity(a: string, b: string): number {
  const left = new Set(characterPairs(a));
  const right = new Set(characterPairs(b));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const pair of left) if (right.has(pair)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}

/** The `limit` most similar suggestions (best name or alias), dropping those sharing nothing. */
export function closest(query: string, options: Suggestion[], limit = 5, fold: Fold = identity): Suggestion[] {
  const target = looseForm(query, fold);
  return options
    .map((option) => ({
      option,
      score: Math.max(
        ...[option.label, ...option.names, ...(option.narrower ?? [])].map((name) =>
          similarity(target, looseForm(name, fold)),
        ),
      ),
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ option }) => option);
}

function withTerm(query: string, measures: Suggestion[], fold: Fold, terms: (measure: Suggestion) => string[]) {
  const target = looseForm(query, fold);
  if (!target) return [];
  return measures.filter((measure) => terms(measure).some((name) => looseForm(name, fold) === target));
}

/** The measures the query names exactly (by name or synonym), for listing the cases tagged with them. */
export function measuresNamed(query: string, measures: Suggestion[], fold: Fold = identity): Suggestion[] {
  return withTerm(query, measures, fold, (measure) => [measure.label, ...measure.names]);
}

/** The measures the query is a narrower term of (母婴关爱室 → 职工之家与暖心驿站等服务阵地), to suggest above the results. */
export function broaderMeasures(query: string, measures: Suggestion[], fold: Fold = identity): Suggestion[] {
  return withTerm(query, measures, fold, (measure) => measure.narrower ?? []);
}
