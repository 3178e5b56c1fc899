// An archive with one case file grown by hand far past any article the ingest publishes (issue 17):
// the real cases, one of them with its body repeated to `bytes`, each copy's anchors made unique.
// Search on it must stay bounded (searchable-html.ts indexes a page's first 200,000 characters).
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from '../../src/content-model/front-matter.ts';
import { measureBuild, type BuildRun } from './scale.ts';
import { searchTimings, type SearchTiming } from './search-browser.ts';

/** Common words (on every page, thousands of times on the huge one), a name, a measure, a query at the length limit. */
export const hugeCaseQueries = ['工会', '的', '北京市总工会', '党建带工建', '工会改革'.repeat(25)];

/** The body's block lines repeated to about `bytes`, every anchor given a copy number. */
export function grownBody(body: string, bytes: number): string {
  const blocks = body.split('\n').filter((line) => line.trim());
  const once = Buffer.byteLength(blocks.join('\n\n'));
  const copies = Math.max(1, Math.ceil(bytes / once));
  const out: string[] = [];
  for (let copy = 0; copy < copies; copy += 1)
    for (const block of blocks)
      out.push(copy === 0 ? block : block.replace(/ id="([a-z]-[a-z0-9]+)"/, ` id="$1${copy}"`));
  return out.join('\n\n');
}

/** Copies `content` to `target` with its first case grown to `bytes`; returns that case's id. */
export function writeHugeCaseArchive(content: string, target: string, bytes: number): string {
  rmSync(target, { recursive: true, force: true });
  cpSync(content, target, { recursive: true });
  const cases = path.join(target, 'cases');
  const name = readdirSync(cases).find((file) => file.endsWith('.mdx'))!;
  const file = path.join(cases, name);
  const parts = splitFrontMatter(readFileSync(file, 'utf8'));
  if (!parts) throw new Error(`${file}: no front matter`);
  writeFileSync(file, `---\n${parts.yaml}\n---\n\n${grownBody(parts.body, bytes)}\n`);
  return name.replace(/\.mdx$/, '');
}

/** Builds `content` with one case grown to `bytes` and times `queries` on it (first and repeated search). */
export async function hugeCaseSearch(
  content: string,
  root: string,
  bytes: number,
  queries: string[],
  runs: number,
): Promise<{ build: BuildRun; timings: SearchTiming[] }> {
  const hugeContent = path.join(root, 'content-huge');
  writeHugeCaseArchive(content, hugeContent, bytes);
  const cases = readdirSync(path.join(hugeContent, 'cases')).filter((name) => name.endsWith('.mdx')).length;
  const build = await measureBuild(hugeContent, path.join(root, 'dist-huge'), cases);
  const timings = build.ok ? await searchTimings(build.outDir, queries, runs) : [];
  rmSync(hugeContent, { recursive: true, force: true });
  rmSync(build.outDir, { recursive: true, force: true });
  return { build, timings };
}
