import type { CaseRecord } from '../schemas/case-record.ts';
import type { CaseData } from '../content-model/case.ts';
import type { RegionData } from '../content-model/region.ts';
import { parsePassages } from '../content-model/passages.ts';

/** A case as its public record is made from it: its front matter and its measures ({@link caseMeasures}). */
export interface CaseSource {
  data: CaseData;
  measures: string[];
}

/** Absolute URL of a case page. */
export function caseUrl(id: string, site: URL | string): string {
  return new URL(`/cases/${id}/`, site).href;
}

/**
 * The case's measure ids, derived from its passages' `measures` attributes (the one source of
 * truth), each once, in the order they first appear in the text.
 */
export function caseMeasures(body: string): string[] {
  const ids = new Set<string>();
  for (const passage of parsePassages(body)) passage.measures.forEach((id) => ids.add(id));
  return [...ids];
}

/**
 * Builds the public record of one case (see `src/schemas/case-record.ts`). `region`: the case's
 * region, null while it is unknown — then `region`, `city` and `province` are null, every field
 * still present (the case files' region ids are checked with file and line when they are read,
 * src/content-model/case-references.ts).
 */
export function toCaseRecord(entry: CaseSource, region: RegionData | null, site: URL | string): CaseRecord {
  const { data } = entry;
  return {
    id: data.id,
    url: caseUrl(data.id, site),
    title: data.title,
    kicker: data.kicker,
    subtitle: data.subtitle,
    region: region?.name ?? null,
    city: region?.city ?? null,
    province: region?.province ?? null,
    year: data.year,
    authors: data.authors,
    source: data.source,
    measures: entry.measures,
    figures: data.figures.map(({ label, value, unit, text, passage }) => ({ label, value, unit, text, passage })),
  };
}
