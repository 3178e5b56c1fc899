// What Pagefind stores about a page besides its text: filters and metadata for the result list
// and the re-ranking, on <meta> elements so none of it reaches excerpts (src/pagefind/page-fields.ts).
// Computed here once for the pages (CaseSearchMeta.astro, MeasureSearchMeta.astro) and for the
// index built from content (scripts/lib/searchable-content.ts), so the two cannot drift.
import type { CaseData } from '../../content-model/case.ts';
import type { MeasureData } from '../../content-model/measure.ts';
import type { RegionData } from '../../content-model/region.ts';
import type { PageFields } from '../../pagefind/page-fields.ts';
import { formatMeasureNames } from '../../utils/search/measure-names.ts';
import { formatTaggedPassages } from '../../utils/search/tagged-passages.ts';

/** A case's measure ids, each with the anchors of its passages tagged with it (caseView). */
export type CaseTags = ReadonlyArray<{ id: string; passages: readonly string[] }>;

const present = (fields: Array<[string, string | undefined]>): Array<[string, string]> =>
  fields.filter((field): field is [string, string] => Boolean(field[1]));

export function caseSearchFields(
  data: Pick<CaseData, 'title' | 'region' | 'year'>,
  tags: CaseTags,
  region: RegionData | undefined,
  measureById: (id: string) => MeasureData | undefined,
): PageFields {
  // A case whose text names no year has none (schema: null) — no year filter rather than "null年".
  const year = data.year === null ? undefined : String(data.year);
  const measures = tags.flatMap(({ id }) => measureById(id) ?? []);
  // Where the case is tagged with each measure: a case found through its tag alone links there.
  // A filter no search uses rather than meta, so that Pagefind does not index it as words.
  const taggedPassages = formatTaggedPassages(
    tags.map(({ id, passages }) => ({ measure: id, passages: [...passages] })),
  );
  return {
    filters: present([
      ['kind', 'case'],
      ['region', region?.name],
      ['province', region?.province],
      ['year', year],
      ...measures.map((measure): [string, string] => ['measure', measure.name]),
      ['tagged-passages', taggedPassages],
    ]),
    meta: present([
      ['kind', 'case'],
      ['title', data.title],
      ['region', region?.name],
      ['year', year],
      // Names and synonyms of the tagged measures: a query naming one may list the case though its
      // text words it differently. Narrower terms (母婴关爱室) are left out: a case tagged with the
      // broader measure need not have one; only its text can say it does.
      ['measures', formatMeasureNames(measures.flatMap((measure) => [measure.name, ...measure.synonyms]))],
    ]),
  };
}

/** A measure page: found by its name, aliases and definition, shown beside the case results (kind=measure). */
export function measureSearchFields({ name, aliases }: Pick<MeasureData, 'name' | 'aliases'>): PageFields {
  return {
    filters: [['kind', 'measure']],
    meta: [
      ['kind', 'measure'],
      ['title', name],
      ['measures', formatMeasureNames([name, ...aliases])],
    ],
  };
}
