// The archive's searchable pages as sources for the index (search-index.ts SearchSource): each
// known by its content file and a digest of everything its page is made from — its own file, the
// shared context files (archive-content.ts contextFiles) and the code — so that an incremental
// build makes only the pages of the shards that changed. The cases come read and parsed: the
// passage files, written from every case each build, need them too (scripts/content-outputs.ts);
// each source keeps its case's fields, not its text, and reads the body again to make the page.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { hashInputs, walk } from './build-stamp.ts';
import { contextFiles, readArchiveContext, readCases, type ArchiveContext, type ReadCase } from './archive-content.ts';
import type { SearchSource } from './search-index.ts';
import { casePage, measurePage } from './searchable-content.ts';
import { caseBody } from '../../src/utils/case-body.ts';

/** What the searchable pages are made by: the site's and the scripts' code, and the dependencies. */
const codeInputs = ['src', 'scripts', 'package-lock.json'];

/** A digest of the files under `entries` of `root` (build-stamp.ts: names and bytes, in name order). */
const treeDigest = (root: string, entries: readonly string[]) =>
  hashInputs(
    root,
    entries.flatMap((entry) => [...walk(path.join(root, entry))]),
  );

/** A digest of the code the searchable pages and the cases' fields are made by. */
export const codeDigest = (projectRoot: string) => treeDigest(projectRoot, codeInputs);

/** The searchable pages of `contentDir`, its cases as read from it (`cases`). */
export function contentSources(
  contentDir: string,
  projectRoot = process.cwd(),
  cases: readonly ReadCase[] = readCases(contentDir),
): SearchSource[] {
  const shared = `${codeDigest(projectRoot)} ${treeDigest(contentDir, contextFiles)}`;
  let context: ArchiveContext | undefined;
  const contextOnce = () => (context ??= readArchiveContext(contentDir));
  const casesDir = path.join(contentDir, 'cases');
  const casePages = cases.map(({ name, digest, entry: { id, data } }): SearchSource => ({
    key: `cases/${name}`,
    digest: createHash('sha256').update(shared).update(digest).digest('hex'),
    // The body is read again when the page is made, not kept: at 30,000 cases every case's text
    // held through the whole index made each of its garbage collections longer (bench/README.md).
    page: () => casePage({ id, data, body: caseBody({ id, filePath: path.join(casesDir, name) }) }, contextOnce()),
  }));
  const measures = contextOnce().measures.map((measure): SearchSource => ({
    key: `measures/${measure.id}`,
    digest: createHash('sha256').update(shared).update(measure.id).digest('hex'),
    page: () => measurePage(measure, contextOnce()),
  }));
  return [...casePages, ...measures];
}
