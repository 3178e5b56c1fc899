import { getCollection } from 'astro:content';
import { newestFirst } from './case-order.ts';
import { caseMeasures, toCaseRecord } from './case-record.ts';
import type { CaseRecord } from '../schemas/case-record.ts';
import { countCasesByRegion, groupRegionsByProvince } from './region-groups.ts';

async function load() {
  const [cases, regions, measures, categories] = await Promise.all([
    getCollection('cases'),
    getCollection('regions'),
    getCollection('measures'),
    getCollection('measureCategories'),
  ]);
  const sortedCases = newestFirst(cases);
  return {
    /** Every case, newest events first. */
    cases: sortedCases,
    caseById: new Map(cases.map((entry) => [entry.id, entry])),
    regions,
    regionById: new Map(regions.map((region) => [region.id, region])),
    provinces: groupRegionsByProvince(regions),
    caseCounts: countCasesByRegion(cases),
    /** The cases of each region id, newest events first. */
    casesByRegion: Map.groupBy(sortedCases, (entry) => entry.data.region),
    /** Measure ids of each case id, derived from its passages. */
    measuresOfCase: new Map(cases.map((entry) => [entry.id, caseMeasures(entry.body)])),
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

/** How many of the given cases practise each measure id. */
export function measureCaseCounts(archive: Archive, caseIds: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of caseIds) {
    for (const measure of archive.measuresOfCase.get(id) ?? []) counts.set(measure, (counts.get(measure) ?? 0) + 1);
  }
  return counts;
}

const regionCounts = new WeakMap<Archive, Map<string, Map<string, number>>>();

/** {@link measureCaseCounts} of one region's cases, counted once per build for all its list pages. */
export function regionMeasureCounts(archive: Archive, regionId: string): Map<string, number> {
  let byRegion = regionCounts.get(archive);
  if (!byRegion) regionCounts.set(archive, (byRegion = new Map()));
  let counts = byRegion.get(regionId);
  if (!counts) {
    counts = measureCaseCounts(archive, (archive.casesByRegion.get(regionId) ?? []).map((entry) => entry.id));
    byRegion.set(regionId, counts);
  }
  return counts;
}

/** The public records of `/data/cases.json` and `/data/cases.csv`, newest events first. */
export function caseRecords(archive: Archive, site: URL | string): CaseRecord[] {
  const regions = new Map([...archive.regionById].map(([id, region]) => [id, region.data]));
  return archive.cases.map((entry) => toCaseRecord(entry, regions, site));
}
