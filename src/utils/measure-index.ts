import type { Figure } from '../content-model/case.ts';
import { detached } from '../content-model/detached.ts';
import { parsePassages } from '../content-model/passages.ts';

/** What the index needs of a case: its order is kept (pass them newest first). */
export interface IndexedCase {
  id: string;
  title: string;
  /** Region id; null while the region is unknown. */
  region: string | null;
  year: number | null;
  body: string;
  figures: readonly Figure[];
}

/** One passage practising a measure. */
export interface PracticePassage {
  /** Anchor on the case page, without `#`. */
  id: string;
  text: string;
}

/** One case practising a measure, with the passages that do. */
export interface CasePractice {
  caseId: string;
  title: string;
  year: number | null;
  region: string | null;
  passages: PracticePassage[];
}

/** A region's cases practising one measure; `region` null: the cases whose region is unknown. */
export interface RegionPractice {
  region: string | null;
  cases: CasePractice[];
  passageCount: number;
}

export interface MeasureUsage {
  /** Every case practising the measure, in the order the cases were given. */
  cases: CasePractice[];
  /** The same cases grouped by region, regions in the order given to {@link buildMeasureIndex}. */
  byRegion: RegionPractice[];
  passageCount: number;
  /** Key figures whose sentence stands in a passage practising the measure. */
  figures: Array<Figure & { caseId: string; caseTitle: string }>;
  /** Other measures practised in the same cases, most shared cases first. */
  cooccurring: Array<{ id: string; cases: number }>;
}

const emptyUsage = (): MeasureUsage => ({ cases: [], byRegion: [], passageCount: 0, figures: [], cooccurring: [] });

function practicesOf(entry: IndexedCase): Map<string, CasePractice> {
  const practices = new Map<string, CasePractice>();
  for (const passage of parsePassages(entry.body)) {
    if (passage.measures.length === 0) continue;
    // Detached, once for all its measures: the measure pages come last in the build, and until
    // then slices of the body would hold every case file's text.
    const practised = { id: detached(passage.id), text: detached(passage.text) };
    for (const measure of passage.measures) {
      let practice = practices.get(measure);
      if (!practice) {
        practice = { caseId: entry.id, title: entry.title, year: entry.year, region: entry.region, passages: [] };
        practices.set(measure, practice);
      }
      practice.passages.push(practised);
    }
  }
  return practices;
}

/** Groups in the given region order, the cases whose region is unknown last. */
function groupByRegion(cases: readonly CasePractice[], regionOrder: readonly string[]): RegionPractice[] {
  const groups = new Map<string | null, CasePractice[]>();
  for (const practice of cases) groups.set(practice.region, [...(groups.get(practice.region) ?? []), practice]);
  const rank = (region: string | null) => {
    const index = region === null ? -1 : regionOrder.indexOf(region);
    return index >= 0 ? index : region === null ? regionOrder.length + 1 : regionOrder.length;
  };
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || (a ?? '').localeCompare(b ?? ''))
    .map(([region, list]) => ({
      region,
      cases: list,
      passageCount: list.reduce((sum, c) => sum + c.passages.length, 0),
    }));
}

/**
 * Who practises each measure where: the one computation behind the measure pages, the
 * region × measure matrix and `/data/measures.json`, all derived from the passages' tags.
 *
 * @param regionOrder region ids in display order
 */
export function buildMeasureIndex(
  cases: readonly IndexedCase[],
  measureIds: readonly string[],
  regionOrder: readonly string[],
): Map<string, MeasureUsage> {
  const usage = new Map(measureIds.map((id) => [id, emptyUsage()]));
  const shared = new Map(measureIds.map((id) => [id, new Map<string, number>()]));
  for (const entry of cases) {
    const practices = practicesOf(entry);
    for (const [measure, practice] of practices) {
      const target = usage.get(measure);
      if (!target) continue; // unknown ids are refused earlier, by assertKnownMeasures
      target.cases.push(practice);
      target.passageCount += practice.passages.length;
      const anchors = new Set(practice.passages.map((passage) => passage.id));
      for (const figure of entry.figures) {
        if (anchors.has(figure.passage)) target.figures.push({ ...figure, caseId: entry.id, caseTitle: entry.title });
      }
      for (const other of practices.keys()) {
        if (other !== measure) shared.get(measure)?.set(other, (shared.get(measure)?.get(other) ?? 0) + 1);
      }
    }
  }
  for (const [id, target] of usage) {
    target.byRegion = groupByRegion(target.cases, regionOrder);
    target.cooccurring = [...(shared.get(id) ?? [])]
      .filter(([other]) => usage.has(other))
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([other, count]) => ({ id: other, cases: count }));
  }
  return usage;
}

/** How many regions practise the measure (the cases whose region is unknown are no region). */
export function regionCount(usage: MeasureUsage): number {
  return usage.byRegion.filter((group) => group.region !== null).length;
}

/** Shortens a passage for a list: whole text when short, else its start and an ellipsis. */
export function shortened(text: string, length = 90): string {
  return text.length <= length ? text : `${text.slice(0, length)}…`;
}
