import { getCollection } from 'astro:content';
import { newestFirst } from './case-order.ts';
import { caseBody } from './case-body.ts';
import { caseMeasures, toCaseRecord } from './case-record.ts';
import type { CaseRecord } from '../schemas/case-record.ts';
import { groupRegionsByProvince } from './region-groups.ts';

async function load() {
  const [cases, regions, measures, categories] = await Promise.all([
    getCollection('cases'),
    getCollection('regions'),
    getCollection('measures'),
    getCollection('measureCategories'),
  ]);
  const sortedCases = newestFirst(cases);
  const located = sortedCases.filter(
    (entry): entry is typeof entry & { data: { region: string } } => entry.data.region !== null,
  );
  const casesByRegion = Map.groupBy(located, (entry) => entry.data.region);
  const regionById = new Map(regions.map((region) => [region.id, region]));
  const measuresOfCase = new Map(cases.map((entry) => [entry.id, caseMeasures(caseBody(entry))]));
  const regionEntries = [...casesByRegion];
  return {
    /** Every case, newest events first. */
    cases: sortedCases,
    caseById: new Map(cases.map((entry) => [entry.id, entry])),
    regions,
    regionById,
    /** A case's region; null while its region is unknown (地区不详: on no region's page). */
    regionOf: (data: { region: string | null }) =>
      (data.region === null ? undefined : regionById.get(data.region)?.data) ?? null,
    provinces: groupRegionsByProvince(regions),
    /** The cases of each region id, newest events first. */
    casesByRegion,
    /** The cases whose region is unknown (地区不详), newest events first. */
    casesWithoutRegion: sortedCases.filter((entry) => entry.data.region === null),
    /** Number of cases of each region id. */
    caseCounts: new Map(regionEntries.map(([region, entries]) => [region, entries.length])),
    /** Measure ids of each case id, derived from its passages. */
    measuresOfCase,
    /** {@link measureCaseCounts} of each region id's cases, for all the pages of its list. */
    measureCountsByRegion: new Map(
      regionEntries.map(([region, entries]) => [
        region,
        measureCaseCounts(
          measuresOfCase,
          entries.map((entry) => entry.id),
        ),
      ]),
    ),
    measures,
    measureById: new Map(measures.map((measure) => [measure.id, measure])),
    categories: [...categories].sort((a, b) => a.data.order - b.data.order),
  };
}

export type Archive = Awaited<ReturnType<typeof load>>;

/** Cases on one page of a region's or a year's list. */
export const casesPerPage = 50;

let archive: Promise<Archive> | undefined;

/**
 * The collections the browsing pages and data files share, read and indexed once per build
 * (with thousands of cases, every page recomputing them would dominate the build).
 */
export function loadArchive(): Promise<Archive> {
  archive ??= load();
  return archive;
}

/** How many of the given cases practise each measure id (`measuresOfCase`: measure ids by case id). */
export function measureCaseCounts(
  measuresOfCase: ReadonlyMap<string, readonly string[]>,
  caseIds: Iterable<string>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of caseIds) {
    for (const measure of measuresOfCase.get(id) ?? []) counts.set(measure, (counts.get(measure) ?? 0) + 1);
  }
  return counts;
}

/** The public records of `/data/cases.json` and `/data/cases.csv`, newest events first. */
export function caseRecords(archive: Archive, site: URL | string): CaseRecord[] {
  return archive.cases.map((entry) =>
    toCaseRecord(
      { data: entry.data, measures: archive.measuresOfCase.get(entry.id) ?? [] },
      archive.regionOf(entry.data),
      site,
    ),
  );
}
