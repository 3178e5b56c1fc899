import type { APIRoute, GetStaticPaths } from 'astro';
import { linkState } from '../../../components/case/link-state.ts';
import { t } from '../../../i18n/t.ts';
import type { PassageFile } from '../../../schemas/passage-file.ts';
import { loadArchive } from '../../../utils/archive.ts';
import { caseBody } from '../../../utils/case-body.ts';
import { buildDay as accessed } from '../../../utils/citation.ts';
import { caseFileKey, pageKey } from '../../../utils/page-key.ts';
import {
  passageFilesBesideVariable,
  publishedPassageFile,
  successorPassageFiles,
} from '../../../utils/passage-file.ts';

/**
 * `/data/passages/<id>.json`: one case's passages for the handout kit (schema:
 * `/data/passages.schema.json`), also for every renamed or withdrawn id, so that a handout
 * link that names it still resolves. Rendered here by `astro dev` and `astro build` on their own:
 * `npm run build` writes the same files from the content beside the search index, on the core
 * Astro leaves idle (scripts/lib/passage-files.ts), instead of rendering 10,000 of them one by one.
 */
export const getStaticPaths = (async () => {
  if (process.env[passageFilesBesideVariable]) return [];
  const { cases } = await loadArchive();
  const { successors } = linkState();
  return [
    ...cases.map((entry) => ({
      params: { id: entry.id },
      props: { entry },
      cacheKey: pageKey(caseFileKey(entry), successors.aliases[entry.id], accessed),
    })),
    ...successorPassageFiles(new Set(cases.map((entry) => entry.id)), successors).map((file) => ({
      params: { id: file.id },
      props: { file },
      cacheKey: pageKey(file),
    })),
  ];
}) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = async ({ props, site }) => {
  let file: PassageFile;
  if ('file' in props) file = props.file;
  else {
    const { regionOf, measureById } = await loadArchive();
    const { entry } = props;
    file = publishedPassageFile({
      data: entry.data,
      body: caseBody(entry),
      region: regionOf(entry.data),
      measureName: (id) => measureById.get(id)?.data.name ?? id,
      aliases: linkState().successors.aliases[entry.id] ?? {},
      site: site!,
      accessed,
      archiveName: t('site.title'),
    });
  }
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
