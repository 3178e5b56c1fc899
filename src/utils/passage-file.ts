import type { PassageFile, PublishedPassageFile } from '../schemas/passage-file.ts';
import type { Redirects, Withdrawn } from '../content-model/links.ts';
import type { CaseData } from '../content-model/case.ts';
import type { RegionData } from '../content-model/region.ts';
import { caseCitation } from './citation.ts';
import { caseUrl } from './case-record.ts';
import { parsePassages } from '../content-model/passages.ts';
import { resolveCase } from './link-registry.ts';

/**
 * Set by `npm run build` (scripts/build.ts), whose second process writes the passage files from
 * the content (scripts/lib/passage-files.ts): Astro then renders none. `astro build` and
 * `astro dev` on their own render them as any other route.
 */
export const passageFilesBesideVariable = 'ARCHIVE_PASSAGE_FILES_BESIDE';

/** What one published case's passage file is made from. */
export interface PassageFileInput {
  data: CaseData;
  body: string;
  /** Null while the case's region is unknown: `region` and `province` are null then. */
  region: RegionData | null;
  measureName: (id: string) => string;
  /** Vanished anchor → the anchor that replaces it. */
  aliases: Record<string, string>;
  site: URL | string;
  /** Access date written into the citation (YYYY-MM-DD). */
  accessed: string;
  archiveName: string;
}

/** `/data/passages/<id>.json` of a published case: every block's text, the case's metadata, its citation. */
export function publishedPassageFile(input: PassageFileInput): PublishedPassageFile {
  const { data, region } = input;
  const url = caseUrl(data.id, input.site);
  const passages = parsePassages(input.body);
  const measureIds = [...new Set(passages.flatMap((passage) => passage.measures))];
  return {
    id: data.id,
    status: 'published',
    url,
    title: data.title,
    subtitle: data.subtitle,
    region: region?.name ?? null,
    province: region?.province ?? null,
    year: data.year,
    measureNames: Object.fromEntries(measureIds.map((id) => [id, input.measureName(id)])),
    citation: caseCitation(data, url, input.accessed, input.archiveName),
    accessed: input.accessed,
    passages: passages.map((passage) => ({
      anchor: passage.id,
      kind: passage.kind,
      text: passage.text,
      speaker: passage.attributes['speaker'] ?? null,
      measures: passage.measures,
    })),
    aliases: input.aliases,
  };
}

/** The passage file of an id that is no longer a case: a rename's old id or a withdrawn case. */
export function successorPassageFile(
  id: string,
  successor: { redirectTo: string } | { withdrawn: Withdrawn[string] },
): PassageFile {
  if ('redirectTo' in successor) return { id, status: 'redirected', redirectTo: successor.redirectTo };
  const { date, reason, title } = successor.withdrawn;
  return { id, status: 'withdrawn', date, reason, title: title ?? null };
}

/**
 * The passage files of the ids that are no longer cases (content/LINKS.md), so that a handout
 * link naming one still resolves: each rename's old id, leading to the current one, and each
 * withdrawn case. `caseIds`: the ids of the cases published now.
 */
export function successorPassageFiles(
  caseIds: Set<string>,
  successors: { redirects: Redirects; withdrawn: Withdrawn },
): PassageFile[] {
  const { redirects, withdrawn } = successors;
  return [
    ...Object.keys(redirects).map((id) =>
      successorPassageFile(id, { redirectTo: resolveCase(id, caseIds, redirects) ?? '' }),
    ),
    ...Object.entries(withdrawn).map(([id, record]) => successorPassageFile(id, { withdrawn: record })),
  ];
}
