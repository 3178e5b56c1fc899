// The build-start checks' reading of every case file (link-files.ts readCaseChecks), kept between
// builds by `npm run build`, so that an incremental build parses only the case files that changed:
// at 10,000 cases the reading is ~9 s of Astro's start, nearly all of it front matter YAML.
// Only scripts/build.ts names the file, in Astro's cache folder, which it empties for a full build
// (a change of code may change what a reading holds) and whose state its build record vouches for.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import type { CaseFileCheck, KnownCaseChecks } from './link-files.ts';

/** Set by `npm run build`: the file the readings are kept in. */
export const caseChecksCacheVariable = 'ARCHIVE_CASE_CHECKS_CACHE';

const cacheVersion = 1;

// Each case is returned as a CaseFileCheck (readKnownCaseChecks): a field added there and not
// here fails the type check.
const cacheSchema = z.object({
  version: z.literal(cacheVersion),
  cases: z.array(
    z.object({
      id: z.string(),
      anchors: z.array(z.string()),
      hash: z.string(),
      file: z.string(),
      passages: z.array(z.object({ id: z.string(), measures: z.array(z.string()), line: z.number() })),
    }),
  ),
});

/** The readings kept in `file`, by hash; none when it is absent or not a cache this code wrote. */
export function readKnownCaseChecks(file: string | undefined): KnownCaseChecks {
  if (!file || !existsSync(file)) return new Map();
  let cache: z.infer<typeof cacheSchema>;
  try {
    cache = cacheSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    // A damaged cache costs only the time of reading every file again.
    return new Map();
  }
  return new Map(cache.cases.map((entry) => [entry.hash, entry]));
}

export function writeKnownCaseChecks(file: string | undefined, cases: readonly CaseFileCheck[]): void {
  if (!file) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ version: cacheVersion, cases }));
}
