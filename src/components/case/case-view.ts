import type { CollectionEntry } from 'astro:content';
import { loadArchive, type Archive } from '../../utils/archive.ts';
import { caseUrl } from '../../utils/case-record.ts';
import { parsePassages } from '../../content-model/passages.ts';
import { caseBody } from '../../utils/case-body.ts';
import { readingMinutes } from '../../utils/reading-time.ts';
import { relatedCases, relatedIndex, type RelatedIndex } from '../../utils/related-cases.ts';
import { linkState } from './link-state.ts';
import { buildDay } from '../../utils/citation.ts';
import { caseFileKey, pageKey } from '../../utils/page-key.ts';

export type CaseEntry = CollectionEntry<'cases'>;

type RelatedView = Array<{ id: string; title: string; shared: string[] }>;

let related: { archive: Archive; index: RelatedIndex; views: Map<string, RelatedView> } | undefined;

/** The related-cases index and the views made of it, built once per build (the archive is loaded once). */
function relatedOf(archive: Archive) {
  if (related?.archive !== archive) {
    related = {
      archive,
      index: relatedIndex(
        archive.cases.map((other) => ({ id: other.id, measures: archive.measuresOfCase.get(other.id) ?? [] })),
      ),
      views: new Map(),
    };
  }
  return related;
}

/**
 * The cases the page of case `id` recommends, with the measures each shares with it. Kept: the
 * page's key and the page itself show the same list, and each costs a pass over the archive.
 */
export function relatedView(archive: Archive, id: string): RelatedView {
  const { index, views } = relatedOf(archive);
  let view = views.get(id);
  if (view === undefined) {
    const measureName = (measure: string) => archive.measureById.get(measure)?.data.name ?? measure;
    view = relatedCases(index, id).map(({ id: other, shared }) => ({
      id: other,
      title: archive.caseById.get(other)?.data.title ?? other,
      shared: shared.map(measureName),
    }));
    views.set(id, view);
  }
  return view;
}

/** What the page of `entry` shows: its file, the cases it recommends, its link record, anchor aliases and citation date. */
export function caseKey(archive: Archive, entry: CaseEntry): string {
  const { registry, successors } = linkState();
  return pageKey(
    caseFileKey(entry),
    relatedView(archive, entry.id),
    registry.cases[entry.id],
    successors.aliases[entry.id],
    buildDay,
  );
}

/** Characters of the opening passage used as the page and share-card description. */
const descriptionLength = 110;

/** Everything the case page shows besides the body, computed once per page. */
export async function caseView(entry: CaseEntry, site: URL | undefined) {
  const archive = await loadArchive();
  const passages = parsePassages(caseBody(entry));
  const measureIds = archive.measuresOfCase.get(entry.id) ?? [];
  const measureName = (id: string) => archive.measureById.get(id)?.data.name ?? id;
  const opening = passages.find((passage) => passage.kind === 'P')?.text ?? entry.data.title;
  const registered = linkState().registry.cases[entry.id];
  return {
    url: caseUrl(entry.id, site ?? 'http://localhost/'),
    passages,
    region: archive.regionOf(entry.data),
    readingMinutes: readingMinutes(entry.data.words),
    description: opening.length > descriptionLength ? `${opening.slice(0, descriptionLength)}…` : opening,
    measures: measureIds.map((id) => {
      const tagged = passages.filter((passage) => passage.measures.includes(id)).map((passage) => passage.id);
      return { id, name: measureName(id), firstPassage: tagged[0] ?? '', passages: tagged };
    }),
    headings: passages.filter((passage) => passage.kind === 'Heading'),
    related: relatedView(archive, entry.id),
    published: registered?.published ?? null,
    revised: registered?.revised ?? null,
  };
}

export type CaseView = Awaited<ReturnType<typeof caseView>>;
