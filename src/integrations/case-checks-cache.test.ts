import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../scripts/lib/temp-folder.ts';
import { readKnownCaseChecks, writeKnownCaseChecks } from './case-checks-cache.ts';
import { readCaseChecks, type CaseFileCheck } from './link-files.ts';

const { dir, write } = tempFolder('case-checks-cache');
const cacheFile = path.join(dir, 'cache/case-checks.json');
write('content/cases/a.mdx', '---\ntitle: 甲\n---\n\n<P id="p-1" measures="warm-station">驿站</P>\n');
const content = path.join(dir, 'content');

describe('the kept readings of the case files', () => {
  it('come back as they were written, by hash', () => {
    const cases = readCaseChecks(content);
    writeKnownCaseChecks(cacheFile, cases);
    expect([...readKnownCaseChecks(cacheFile)]).toEqual(cases.map((entry) => [entry.hash, entry]));
  });

  it('stand in for the parse of a file whose text and name are unchanged, and only then', () => {
    const [reading] = readCaseChecks(content) as [CaseFileCheck];
    const marked = { ...reading, anchors: ['kept'] };
    expect(readCaseChecks(content, new Map([[reading.hash, marked]]))).toEqual([marked]);
    const elsewhere = { ...marked, file: 'content/cases/b.mdx' };
    expect(readCaseChecks(content, new Map([[reading.hash, elsewhere]]))).toEqual([reading]);
  });

  it('are none when the file is absent, damaged or of another version', () => {
    expect(readKnownCaseChecks(undefined).size).toBe(0);
    expect(readKnownCaseChecks(path.join(dir, 'absent.json')).size).toBe(0);
    writeKnownCaseChecks(cacheFile, readCaseChecks(content));
    const written = readFileSync(cacheFile, 'utf8');
    for (const damaged of [
      written.slice(0, -10),
      written.replace('"version":1', '"version":2'),
      written.replace(/"line":\d+/, '"line":"6"'),
    ]) {
      writeFileSync(cacheFile, damaged);
      expect(readKnownCaseChecks(cacheFile).size).toBe(0);
    }
  });
});
