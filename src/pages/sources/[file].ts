// The raw source of a case as plain UTF-8 text: /sources/<file name in content/sources/>.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentDir } from '../../integrations/paths.ts';
import { sourceNameProblem } from '../../content-model/source-name.ts';
import { sourceAsUtf8 } from '../../utils/source-text.ts';

const sourcesDir = path.join(contentDir, 'sources');

export const getStaticPaths = (() =>
  readdirSync(sourcesDir)
    // A name no URL can carry is refused by the ingest and by the case file check, not published.
    .filter((name) => name.endsWith('.txt') && sourceNameProblem(name) === null)
    .map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  // The BOM makes browsers read it as UTF-8 even from hosts that send no charset.
  new Response(`\uFEFF${sourceAsUtf8(readFileSync(path.join(sourcesDir, params['file'] ?? '')))}`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
