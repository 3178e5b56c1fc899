// A saved web page among the sources, as plain text: /sources/original/<name>.html.txt. The
// page is the evidence; served as text its markup is shown and its scripts never run.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentDir } from '../../../integrations/paths.ts';
import { sourceNameProblem } from '../../../content-model/source-name.ts';
import { decodeHtml } from '../../../content-model/saved-page/decode.ts';
import { isSavedPage } from '../../../content-model/saved-page/index.ts';
import { originalPagePath } from '../../../utils/source-text.ts';
import { pageKey } from '../../../utils/page-key.ts';

const sourcesDir = path.join(contentDir, 'sources');

export const getStaticPaths = (() =>
  readdirSync(sourcesDir)
    .filter((name) => isSavedPage(name) && sourceNameProblem(name) === null)
    .map((source) => ({
      params: { file: originalPagePath(source).slice('/sources/original/'.length) },
      props: { source },
      cacheKey: pageKey(readFileSync(path.join(sourcesDir, source)).toString('base64')),
    }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const bytes = readFileSync(path.join(sourcesDir, String(props['source'])));
  return new Response(`\uFEFF${decodeHtml(bytes)?.text ?? new TextDecoder().decode(bytes)}`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
