import type { CollectionEntry } from 'astro:content';
import { loadArchive, type Archive } from '../../utils/archive.ts';
import { caseUrl } from '../../utils/case-record.ts';
import { parsePassages } from '../../content-model/passages.ts';
import { readingMinutes } from '../../utils/reading-time.ts';
import { relatedCases, relatedIndex, type RelatedIndex } from '../../utils/related-cases.ts';
import { linkState } from './link-state.ts';

export type CaseEntry = CollectionEntry<'cases'>;

let related: { archive: Archive; index: RelatedIndex } | undefined;

/** The related-cases index, built once per build (the archive is loaded once). */
function relatedOf(archive: Archive): RelatedIndex {
  if (related?.archive !== archive) {
    related = {
      archive,
      index: relatedIndex(
        archive.cases.map((other) => ({ id: other.id, measures: archive.measuresOfCase.get(other.id) ?? [] })),
      ),
    };
  }
  return related.index;
}

/** Characters of the opening passage used as the page and share-card description. */
const descriptionLength = 110;

/** Everything the case page shows besides the body, computed once per page. */
export async function caseView(entry: CaseEntry, site: URL | undefined) {
  const archive = await loadArchive();
  const passages = parsePassages(entry.body ?? '');
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
    related: relatedCases(relatedOf(archive), entry.id).map(({ id, shared }) => ({
      id,
      title: archive.caseById.get(id)?.data.title ?? id,
      shared: shared.map(measureName),
    })),
    published: registered?.published ?? null,
    revised: registered?.revised ?? null,
  };
}

export type CaseView = Awaited<ReturnType<typeof caseView>>;
