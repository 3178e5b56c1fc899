import { appendFileSync, cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCases, type KnownFields } from './archive-content.ts';
import { readKnownFields, writeKnownFields } from './known-fields.ts';
import { tempFolder } from './temp-folder.ts';

const fixture = path.resolve('e2e/fixtures/links-site/content');

describe('known case fields', () => {
  const temp = tempFolder('known-fields');
  const content = path.join(temp.dir, 'content');
  cpSync(fixture, content, { recursive: true });
  const file = path.join(temp.dir, 'cache', 'case-fields.json');

  it('gives the next run the cases as a run without them reads them', () => {
    const first = readCases(content);
    writeKnownFields(file, 'code-1', first);
    const known = readKnownFields(file, 'code-1');
    expect(known.size).toBe(first.length);
    expect(readCases(content, known)).toEqual(first);
  });

  it('takes a known file’s fields without parsing it, and parses a changed file again', () => {
    const [first, second] = readCases(content);
    const known: KnownFields = new Map([
      [first!.digest, { id: 'known-id', data: { ...first!.entry.data, title: '已知的标题' } }],
      [second!.digest, { id: second!.entry.id, data: second!.entry.data }],
    ]);
    appendFileSync(path.join(content, 'cases', second!.name), '<P id="p-added">新增的一段。</P>\n');
    const [again, changed] = readCases(content, known);
    expect(again!.entry).toMatchObject({ id: 'known-id', data: { title: '已知的标题' }, body: first!.entry.body });
    expect(changed!.digest).not.toBe(second!.digest);
    expect(changed!.entry.body).toContain('新增的一段。');
  });

  it('knows nothing written by other code, or from a damaged file', () => {
    writeKnownFields(file, 'code-1', readCases(content));
    expect(readKnownFields(file, 'code-2').size).toBe(0);
    writeFileSync(file, '{"code": "code-1", "fields": [');
    expect(readKnownFields(file, 'code-1').size).toBe(0);
    expect(readKnownFields(path.join(temp.dir, 'missing.json'), 'code-1').size).toBe(0);
  });
});
