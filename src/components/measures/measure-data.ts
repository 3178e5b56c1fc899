import { loadArchive, type Archive } from '../../utils/archive.ts';
import { t } from '../../i18n/t.ts';
import { chineseCollator } from '../../utils/region-groups.ts';
import { buildMeasureIndex } from '../../utils/measure-index.ts';
import { caseBody } from '../../utils/case-body.ts';

async function load() {
  const archive = await loadArchive();
  const categoryRank = new Map(archive.categories.map((category, index) => [category.id, index]));
  // Category order, then pinyin order of the name: the order of /measures/, /compare/ and measures.json.
  const measures = [...archive.measures].sort(
    (a, b) =>
      (categoryRank.get(a.data.category) ?? 99) - (categoryRank.get(b.data.category) ?? 99) ||
      chineseCollator.compare(a.data.name, b.data.name),
  );
  const regionOrder = archive.provinces.flatMap((group) => group.regions.map((region) => region.id));
  const usage = buildMeasureIndex(
    archive.cases.map((entry) => ({
      id: entry.id,
      title: entry.data.title,
      region: entry.data.region,
      year: entry.data.year,
      body: caseBody(entry),
      figures: entry.data.figures,
    })),
    measures.map((measure) => measure.id),
    regionOrder,
  );
  const categoryName = (id: string) => archive.categories.find((category) => category.id === id)?.data.name ?? id;
  const regionName = (id: string | null) =>
    id === null ? t('case.regionUnknown') : (archive.regionById.get(id)?.data.name ?? id);
  return {
    archive,
    measures,
    usage,
    categoryName,
    regionName,
    /** Regions with at least one case, in display order, then null for the cases whose region is unknown: the rows of the matrix. */
    regionsWithCases: [
      ...regionOrder.filter((id) => (archive.caseCounts.get(id) ?? 0) > 0),
      ...(archive.casesWithoutRegion.length > 0 ? [null] : []),
    ],
  };
}

/** Anchor of a region's section on a measure page (`unknown` for the cases whose region is unknown). */
export const regionSectionId = (region: string | null) => `region-${region ?? 'unknown'}`;

export type MeasureContext = Awaited<ReturnType<typeof load>> & { archive: Archive };

let data: Promise<MeasureContext> | undefined;

/**
 * The measure index every measure page, the matrix and measures.json share, computed once per
 * build. The content checks at build start (src/integrations/content-check.ts) have made sure
 * every `measures="…"` id on a passage exists.
 */
export function loadMeasureData(): Promise<MeasureContext> {
  data ??= load();
  return data;
}
