import { t } from '../i18n/t.ts';
import type { CaseData } from '../content-model/case.ts';

interface Dated {
  data: Pick<CaseData, 'id' | 'year' | 'provenance'>;
}

/**
 * Newest events first: by the year the text reports (cases without a year last), then by
 * publication date where known (ISO dates compare as text), then by id so that the order
 * never changes between builds.
 */
export function compareNewestFirst(a: Dated, b: Dated): number {
  return (
    (b.data.year ?? 0) - (a.data.year ?? 0) ||
    (b.data.provenance.date ?? '').localeCompare(a.data.provenance.date ?? '') ||
    a.data.id.localeCompare(b.data.id)
  );
}

/** A sorted copy, newest first. */
export function newestFirst<T extends Dated>(cases: readonly T[]): T[] {
  return [...cases].sort(compareNewestFirst);
}

/** Cases per year, years newest first (unknown year last), each year's cases newest first. */
export function groupByYear<T extends Dated>(cases: readonly T[]): Array<{ year: number | null; cases: T[] }> {
  const years = new Map<number | null, T[]>();
  for (const entry of newestFirst(cases)) {
    const list = years.get(entry.data.year) ?? [];
    list.push(entry);
    years.set(entry.data.year, list);
  }
  return [...years].map(([year, list]) => ({ year, cases: list }));
}

/** URL segment of a year's case list: `/years/2019/`, `/years/unknown/`. */
export function yearSlug(year: number | null): string {
  return year === null ? 'unknown' : String(year);
}

/** 2019 年, or 年份不详. */
export function yearLabel(year: number | null): string {
  return year === null ? t('case.yearUnknown') : t('case.year', { year });
}
