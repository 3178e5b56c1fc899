// The fields of the case files as the last run of scripts/content-outputs.ts read them
// (archive-content.ts KnownFields), kept in its cache folder. Valid only for the code that wrote
// them: another schema may read the same file otherwise.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { KnownFields, ReadCase } from './archive-content.ts';

interface KnownFieldsFile {
  code: string;
  fields: Array<[digest: string, id: string, data: ReadCase['entry']['data']]>;
}

/** What `file` holds for `code` (a digest of the code that reads the cases); nothing when it is missing, unreadable or of other code. */
export function readKnownFields(file: string, code: string): KnownFields {
  try {
    const known = JSON.parse(readFileSync(file, 'utf8')) as KnownFieldsFile;
    return known.code === code ? new Map(known.fields.map(([digest, id, data]) => [digest, { id, data }])) : new Map();
  } catch {
    return new Map();
  }
}

/** Keeps the fields of `cases` in `file` for `code`; written aside and renamed, so that a stopped run leaves the old file or the new. */
export function writeKnownFields(file: string, code: string, cases: readonly ReadCase[]): void {
  const known: KnownFieldsFile = { code, fields: cases.map(({ digest, entry: { id, data } }) => [digest, id, data]) };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.partial`, JSON.stringify(known));
  renameSync(`${file}.partial`, file);
}
