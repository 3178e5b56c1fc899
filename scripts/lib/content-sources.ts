// The archive's searchable pages as sources for the index (search-index.ts SearchSource): each
// known by its content file and a digest of everything its page is made from — its own file, the
// shared context files (archive-content.ts contextFiles) and the code — so that an incremental
// build reads, parses and makes only the pages of the shards that changed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hashInputs, walk } from './build-stamp.ts';
import { caseFileNames } from '../../src/content-model/case-file.ts';
import { contextFiles, readArchiveContext, readCase, type ArchiveContext } from './archive-content.ts';
import type { SearchSource } from './search-index.ts';
import { casePage, measurePage } from './searchable-content.ts';

/** What the searchable pages are made by: the site's and the scripts' code, and the dependencies. */
const codeInputs = ['src', 'scripts', 'package-lock.json'];

/** A digest of the files under `entries` of `root` (build-stamp.ts: names and bytes, in name order). */
const treeDigest = (root: string, entries: readonly string[]) =>
  hashInputs(
    root,
    entries.flatMap((entry) => [...walk(path.join(root, entry))]),
  );

export function contentSources(contentDir: string, projectRoot = process.cwd()): SearchSource[] {
  const shared = `${treeDigest(projectRoot, codeInputs)} ${treeDigest(contentDir, contextFiles)}`;
  let context: ArchiveContext | undefined;
  const contextOnce = () => (context ??= readArchiveContext(contentDir));
  const casesDir = path.join(contentDir, 'cases');
  const cases = caseFileNames(casesDir).map((name): SearchSource => {
    const source = readFileSync(path.join(casesDir, name), 'utf8');
    return {
      key: `cases/${name}`,
      digest: createHash('sha256').update(shared).update(source).digest('hex'),
      page: () => casePage(readCase(name, source), contextOnce()),
    };
  });
  const measures = contextOnce().measures.map((measure): SearchSource => ({
    key: `measures/${measure.id}`,
    digest: createHash('sha256').update(shared).update(measure.id).digest('hex'),
    page: () => measurePage(measure, contextOnce()),
  }));
  return [...cases, ...measures];
}
