import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stripFrontMatter } from '../content-model/front-matter.ts';
import { projectRoot } from '../integrations/paths.ts';

/** A case entry as the cases loader stores it (src/loaders/case-files.ts), or one made with its body. */
export interface CaseEntryFile {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
}

/**
 * A case's body, its block components: read from its file, as the cases loader leaves bodies out
 * of Astro's data store. Astro 7.3 keeps that store in memory and inlines it whole into the
 * prerender bundle as one string, which Vite then parses (docs/incremental-builds.md); the bodies
 * were nine tenths of it. Entries made with their body (tests) give it as it is.
 */
export function caseBody(entry: CaseEntryFile): string {
  if (entry.body !== undefined) return entry.body;
  if (!entry.filePath) throw new Error(`案例 ${entry.id} 没有正文，也没有案例文件可读。`);
  return stripFrontMatter(readFileSync(path.resolve(projectRoot, entry.filePath), 'utf8'));
}
