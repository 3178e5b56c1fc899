import type { APIRoute, GetStaticPaths } from 'astro';
import { linkState } from '../../../components/case/link-state.ts';
import { t } from '../../../i18n/t.ts';
import type { PassageFile } from '../../../schemas/passage-file.ts';
import { loadArchive } from '../../../utils/archive.ts';
import { resolveCase } from '../../../utils/link-registry.ts';
import { buildDay as accessed } from '../../../utils/citation.ts';
import { caseFileKey, pageKey } from '../../../utils/page-key.ts';
import { publishedPassageFile, successorPassageFile } from '../../../utils/passage-file.ts';

/**
 * `/data/passages/<id>.json`: one case's passages for the handout kit (schema:
 * `/data/passages.schema.json`), also for every renamed or withdrawn id, so that a handout
 * link that names it still resolves.
 */
export const getStaticPaths = (async () => {
  const { cases } = await loadArchive();
  const ids = new Set(cases.map((entry) => entry.id));
  const { redirects, withdrawn } = linkState().successors;
  return [
    ...cases.map((entry) => ({
      params: { id: entry.id },
      props: { entry },
      cacheKey: pageKey(caseFileKey(entry), linkState().successors.aliases[entry.id], accessed),
    })),
    ...[
      ...Object.keys(redirects).map((id) =>
        successorPassageFile(id, { redirectTo: resolveCase(id, ids, redirects) ?? '' }),
      ),
      ...Object.entries(withdrawn).map(([id, record]) => successorPassageFile(id, { withdrawn: record })),
    ].map((file) => ({ params: { id: file.id }, props: { file }, cacheKey: pageKey(file) })),
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
      body: entry.body ?? '',
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
