// node scripts/content-outputs.ts <out> [--cache <dir>] — what the build makes from the archive's
// content (ARCHIVE_CONTENT_DIR, else content/) while Astro renders the pages on the other core:
// the passage files <out>/data/passages/ (scripts/lib/passage-files.ts), then the search index
// <out>/pagefind/ — its searchable pages made from content (scripts/lib/content-sources.ts), in
// shards merged into one bundle (scripts/lib/search-index.ts). With --cache, the shards' bundles
// and the cases' fields are kept there, and the next run indexes again only the shards whose pages
// changed and parses only the case files that changed. A mistake in the content exits with
// contentMistakeExit, leaving the report to the Astro build (scripts/build.ts).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentMistakeExit, readCases } from './lib/archive-content.ts';
import { codeDigest, contentSources } from './lib/content-sources.ts';
import { readKnownFields, writeKnownFields } from './lib/known-fields.ts';
import { writePassageFiles } from './lib/passage-files.ts';
import { indexSearchPages, type SearchSource } from './lib/search-index.ts';
import { siteUrl } from '../src/integrations/site-url.ts';
import { buildDay } from '../src/utils/citation.ts';
import { contentDir, projectRoot } from '../src/integrations/paths.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { cache: { type: 'string' } } });
const out = positionals[0];
if (!out) {
  console.error('用法：node scripts/content-outputs.ts <输出目录> [--cache <缓存目录>]');
  process.exit(2);
}
const site = path.resolve(out);
const cacheDir = values.cache ? path.resolve(values.cache) : undefined;
/** A failure to read the content or to make a page of it — not one of Pagefind or of the merge. */
class ContentMistake extends Error {}

/** What `read` gives, with its failure (thrown or rejected) as a ContentMistake about `what`. */
async function readingContent<T>(what: string, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw new ContentMistake(what, { cause: error });
  }
}

/** The source, with a failure to make its page as a ContentMistake. */
const pageOrMistake = (source: SearchSource): SearchSource => ({
  ...source,
  page: () => readingContent(source.key, source.page),
});

/** One line for an editor: a schema's issues by field (a ZodError's message is their JSON), else the first line. */
function whatWentWrong(cause: unknown): string {
  if (cause instanceof Error && 'issues' in cause && Array.isArray(cause.issues)) {
    return cause.issues
      .map((issue: { path: unknown[]; message: string }) => `${issue.path.join('.')}：${issue.message}`)
      .join('；');
  }
  return cause instanceof Error ? (cause.message.split('\n')[0] ?? '') : String(cause);
}

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
const started = performance.now();

/**
 * Writes the passage files and lists the search pages' sources, the case files read once for both;
 * their texts are not kept beyond (the sources read a body again when they make its page).
 */
function writePassageFilesThenListSources(): SearchSource[] {
  const fieldsFile = cacheDir && path.join(cacheDir, 'case-fields.json');
  const code = codeDigest(projectRoot);
  const cases = readCases(contentDir, fieldsFile ? readKnownFields(fieldsFile, code) : undefined);
  const citing = { site: siteUrl(process.env, { warn: false }), accessed: buildDay };
  const caseCount = writePassageFiles(contentDir, site, citing, cases);
  console.log(`段落数据：${caseCount} 个案例的 /data/passages/*.json，用时 ${seconds(started)} 秒。`);
  if (fieldsFile) writeKnownFields(fieldsFile, code, cases);
  return contentSources(contentDir, projectRoot, cases);
}
try {
  const sources = (await readingContent('content', writePassageFilesThenListSources)).map(pageOrMistake);
  const indexing = performance.now();
  // Astro renders the pages on the other core meanwhile; one shard at a time keeps the build's
  // peak memory to Astro's plus one shard's.
  const { shards, indexedShards, mergeSeconds } = await indexSearchPages(
    sources,
    site,
    cacheDir ? { cacheDir: path.join(cacheDir, 'search-shards') } : {},
  );
  console.log(
    `搜索索引：${sources.length} 个页面，${shards} 个分片（本次建立 ${indexedShards.length} 个），已合并为一个索引；` +
      `用时 ${seconds(indexing)} 秒（合并 ${mergeSeconds.toFixed(1)} 秒）。`,
  );
} catch (error) {
  if (!(error instanceof ContentMistake)) throw error;
  console.error(
    `由内容生成段落数据和搜索索引时，${error.message} 读不出来（${whatWentWrong(error.cause)}），astro build 会报告出错的文件、行号和改法。`,
  );
  process.exit(contentMistakeExit);
}
