import { loadArchive, type Archive } from '../../utils/archive.ts';
import { contentDir } from '../../integrations/paths.ts';
import { loadTaxonomy } from '../../ingest/taxonomy.ts';
import { chineseCollator } from '../../utils/region-groups.ts';
import { assertKnownMeasures } from '../../utils/measure-check.ts';
import { buildMeasureIndex } from '../../utils/measure-index.ts';

async function load() {
  // Categories and related ids must exist; errors name file, line and fix.
  loadTaxonomy(contentDir);
  const archive = await loadArchive();
  const categoryRank = new Map(archive.categories.map((category, index) => [category.id, index]));
  // Category order, then pinyin order of the name: the order of /measures/, /compare/ and measures.json.
  const measures = [...archive.measures].sort(
    (a, b) =>
      (categoryRank.get(a.data.category) ?? 99) - (categoryRank.get(b.data.category) ?? 99) ||
      chineseCollator.compare(a.data.name, b.data.name),
  );
  assertKnownMeasures(archive.cases, new Set(measures.map((measure) => measure.id)));
  const regionOrder = archive.provinces.flatMap((group) => group.regions.map((region) => region.id));
  const usage = buildMeasureIndex(
    archive.cases.map((entry) => ({
      id: entry.id,
      title: entry.data.title,
      region: entry.data.region,
      year: entry.data.year,
      body: entry.body ?? '',
      figures: entry.data.figures,
    })),
    measures.map((measure) => measure.id),
    regionOrder,
  );
  const categoryName = (id: string) => archive.categories.find((category) => category.id === id)?.data.name ?? id;
  const regionName = (id: string) => archive.regionById.get(id)?.data.name ?? id;
  return {
    archive,
    measures,
    usage,
    categoryName,
    regionName,
    /** Regions with at least one case, in display order: the rows of the matrix. */
    regionsWithCases: regionOrder.filter((id) => (archive.caseCounts.get(id) ?? 0) > 0),
  };
}

export type MeasureData = Awaited<ReturnType<typeof load>> & { archive: Archive };

let data: Promise<MeasureData> | undefined;

/**
 * The measure index every measure page, the matrix and measures.json share, computed once per
 * build — after the check that every `measures="…"` id on a passage exists.
 */
export function loadMeasureData(): Promise<MeasureData> {
  data ??= load();
  return data;
}
