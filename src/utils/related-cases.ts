/** A case as far as relatedness is concerned. */
export interface CaseMeasures {
  id: string;
  measures: string[];
}

/**
 * Other cases sharing measures with `current`, most shared measures first (ties keep the
 * given order), at most `limit`.
 */
export function relatedCases<T extends CaseMeasures>(current: CaseMeasures, all: T[], limit = 5): Array<{ entry: T; shared: string[] }> {
  const own = new Set(current.measures);
  return all
    .filter((other) => other.id !== current.id)
    .map((entry) => ({ entry, shared: entry.measures.filter((measure) => own.has(measure)) }))
    .filter(({ shared }) => shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length)
    .slice(0, limit);
}
