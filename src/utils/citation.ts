import type { CaseData } from '../content-model/case.ts';

/**
 * The day of this build: the access date the built pages and passage files cite. The build
 * names it once (ARCHIVE_BUILD_DAY, scripts/build.ts) for its two processes, which would
 * otherwise disagree on a build that runs past midnight.
 */
export const buildDay = process.env['ARCHIVE_BUILD_DAY'] ?? new Date().toISOString().slice(0, 10);

/** What a GB/T 7714 reference to a case page is made from. */
export interface CitationInput {
  title: string;
  subtitle: string | null;
  authors: string[];
  /** Newspaper or journal that first printed the article, if known. */
  publication?: string | undefined;
  /** Publication date as written in the provenance, e.g. 2018-07-30. */
  date?: string | undefined;
  /** Page (版次), e.g. 3. */
  page?: string | undefined;
  /** Latest year the article reports; stands in for an unknown date (null: none known). */
  year: number | null;
  /** Absolute URL of the case page. */
  url: string;
  /** Access date (引用日期), YYYY-MM-DD. */
  accessed: string;
  /** This archive's name, the publisher of the online text when no newspaper is known. */
  archiveName: string;
}

/** GB/T 7714-2015 lists at most three authors, then 等. */
function authorList(authors: string[]): string {
  if (authors.length === 0) return '';
  const shown = authors.slice(0, 3).join(', ');
  return `${authors.length > 3 ? `${shown}, 等` : shown}. `;
}

/**
 * A GB/T 7714-2015 reference: a newspaper article read online (`[N/OL]`) when the newspaper is
 * known, else an online text of this archive (`[EB/OL]`). Other title information follows a colon.
 */
export function gbt7714(input: CitationInput): string {
  const title = input.subtitle ? `${input.title}: ${input.subtitle}` : input.title;
  const page = input.page ? `(${input.page})` : '';
  const when = [input.date ?? input.year, page].filter(Boolean).join('');
  const source = input.publication
    ? `[N/OL]. ${input.publication}${when ? `, ${when}` : ''}`
    : `[EB/OL]. ${input.archiveName}${input.year ? `, ${input.year}` : ''}`;
  return `${authorList(input.authors)}${title}${source}[${input.accessed}]. ${input.url}.`;
}

/** The GB/T 7714 reference of a case (its page at `url`), read on `accessed`. */
export function caseCitation(data: CaseData, url: string, accessed: string, archiveName: string): string {
  return gbt7714({
    title: data.title,
    subtitle: data.subtitle,
    authors: data.authors,
    publication: data.provenance.publication,
    date: data.provenance.date,
    page: data.provenance.page,
    year: data.year,
    url,
    accessed,
    archiveName,
  });
}
