// The archive's searchable pages as sources for the index (search-index.ts SearchSource): each
// known by its content file and a digest of everything its page is made from — its own file, the
// shared context files (archive-content.ts contextFiles) and the code — so that an incremental
// build reads, parses and makes only the pages of the shards that changed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { caseFileNames } from '../../src/content-model/case-file.ts';
import { contextFiles, readArchiveContext, readCase, type ArchiveContext } from './archive-content.ts';
import type { SearchSource } from './search-index.ts';
import { casePage, measurePage } from './searchable-content.ts';

/** What the searchable pages are made by: the site's and the scripts' code, and the dependencies. */
const codeInputs = ['src', 'scripts', 'package-lock.json'];

/** A digest of files and folders (walked in name order) below `root`, names and bytes. */
function treeDigest(root: string, entries: readonly string[]): string {
  const digest = createHash('sha256');
  const visit = (relative: string) => {
    const full = path.join(root, relative);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) for (const name of readdirSync(full).sort()) visit(path.join(relative, name));
    else digest.update(relative).update('\0').update(readFileSync(full)).update('\0');
  };
  for (const entry of entries) visit(entry);
  return digest.digest('hex');
}

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
