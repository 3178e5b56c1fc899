import type { CaseRecord } from '../schemas/case-record.ts';
import type { CaseData } from '../content-model/case.ts';
import type { RegionData } from '../content-model/region.ts';
import { parsePassages } from '../content-model/passages.ts';

/** A case as the content collection gives it: front matter plus the raw MDX body. */
export interface CaseSource {
  data: CaseData;
  body?: string | undefined;
}

/** Absolute URL of a case page. */
export function caseUrl(id: string, site: URL | string): string {
  return new URL(`/cases/${id}/`, site).href;
}

/**
 * The case's measure ids, derived from its passages' `measures` attributes (the one source of
 * truth), each once, in the order they first appear in the text.
 */
export function caseMeasures(body: string | undefined): string[] {
  const ids = new Set<string>();
  for (const passage of parsePassages(body ?? '')) passage.measures.forEach((id) => ids.add(id));
  return [...ids];
}

/** Builds the public record of one case (see `src/schemas/case-record.ts`). */
export function toCaseRecord(
  entry: CaseSource,
  regions: ReadonlyMap<string, RegionData>,
  site: URL | string,
): CaseRecord {
  const { data } = entry;
  const region = regions.get(data.region);
  if (!region) {
    throw new Error(
      `案例 ${data.id}：地区 "${data.region}" 不在 content/regions.yaml 中。` +
        `请在 regions.yaml 中添加它，或把案例的 region 改成已有的 id（${[...regions.keys()].join('、')}）。`,
    );
  }
  return {
    id: data.id,
    url: caseUrl(data.id, site),
    title: data.title,
    kicker: data.kicker,
    subtitle: data.subtitle,
    region: region.name,
    city: region.city,
    province: region.province,
    year: data.year,
    authors: data.authors,
    source: data.source,
    measures: caseMeasures(entry.body),
    figures: data.figures.map(({ label, value, unit, text, passage }) => ({ label, value, unit, text, passage })),
  };
}
