// The raw source of a case as plain UTF-8 text: /sources/<file name in content/sources/>; for a
// saved page, /sources/<name>.html.txt is the article text the ingest read from it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentDir } from '../../integrations/paths.ts';
import { sourceNameProblem } from '../../content-model/source-name.ts';
import { isSavedPage, readSavedPage } from '../../content-model/saved-page/index.ts';
import { originalPagePath, rawTextPath, sourceAsUtf8 } from '../../utils/source-text.ts';
import { pageKey } from '../../utils/page-key.ts';

const sourcesDir = path.join(contentDir, 'sources');

export const getStaticPaths = (() =>
  readdirSync(sourcesDir)
    // A name no URL can carry is refused by the ingest and by the case file check, not published.
    .filter((name) => /\.(?:txt|html?)$/i.test(name) && sourceNameProblem(name) === null)
    .map((source) => ({
      params: { file: rawTextPath(source).slice('/sources/'.length) },
      props: { source },
      cacheKey: pageKey(readFileSync(path.join(sourcesDir, source)).toString('base64')),
    }))) satisfies GetStaticPaths;

function textOf(source: string): string {
  const bytes = readFileSync(path.join(sourcesDir, source));
  if (!isSavedPage(source)) return sourceAsUtf8(bytes);
  const page = readSavedPage(bytes);
  // A page the ingest refused (its report says why) is shown as decoded, markup and all.
  if ('problem' in page) return new TextDecoder().decode(bytes);
  const { text } = page;
  return `（网页 ${source} 中读出的正文；原始网页见 ${originalPagePath(source)}）\n\n${text}\n`;
}

export const GET: APIRoute = ({ props }) =>
  // The BOM makes browsers read it as UTF-8 even from hosts that send no charset.
  new Response(`\uFEFF${textOf(String(props['source']))}`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
