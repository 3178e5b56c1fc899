import { Ajv2020 } from 'ajv/dist/2020.js';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { passagesJsonSchema, type PassageFile } from '../../src/schemas/passage-file.ts';
import { writePassageFiles } from './passage-files.ts';

const fixture = path.resolve('e2e/fixtures/links-site/content');
const citing = { site: 'https://example.org/', accessed: '2026-12-01' };

describe('writePassageFiles', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'passage-files-'));
  const content = path.join(root, 'content');
  cpSync(fixture, content, { recursive: true });
  const site = path.join(root, 'site');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const cases = writePassageFiles(content, site, citing);
  const folder = path.join(site, 'data', 'passages');
  const read = (id: string) => JSON.parse(readFileSync(path.join(folder, `${id}.json`), 'utf8')) as PassageFile;

  it('writes a file for every case, every renamed id and every withdrawn case, each as the public schema says', () => {
    expect(cases).toBe(2);
    expect(readdirSync(folder).sort()).toEqual([
      'shunyi-dadangjian.json',
      'shunyi-old-report.json',
      'shunyi-rongru-dadangjian.json',
      'taizhou-sige-jiafa.json',
    ]);
    const validate = new Ajv2020({ strict: false }).compile(
      passagesJsonSchema('https://example.org/data/passages.schema.json'),
    );
    for (const name of readdirSync(folder)) {
      const file = read(path.basename(name, '.json'));
      expect(validate(file), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('gives a case its region, measure names, anchor aliases and citation from the content files', () => {
    const file = read('shunyi-rongru-dadangjian');
    expect(file).toMatchObject({
      status: 'published',
      url: 'https://example.org/cases/shunyi-rongru-dadangjian/',
      region: '顺义区',
      accessed: '2026-12-01',
      aliases: { 'p-merged1': 'p-4kq8x1' },
    });
    if (file.status !== 'published') throw new Error(file.status);
    expect(file.measureNames['party-building-leads-union']).toMatch(/党建/);
    expect(file.passages.find((passage) => passage.anchor === 'p-1a2b3c')?.measures).toEqual([
      'party-building-leads-union',
    ]);
    expect(file.citation).toContain('[2026-12-01]');
  });

  it('leads a renamed id to the current case and says when and why a case was withdrawn', () => {
    expect(read('shunyi-dadangjian')).toEqual({
      id: 'shunyi-dadangjian',
      status: 'redirected',
      redirectTo: 'shunyi-rongru-dadangjian',
    });
    expect(read('shunyi-old-report')).toMatchObject({ status: 'withdrawn', date: '2026-03-01' });
  });

  it('throws on a case file it cannot read, for the Astro build to report', () => {
    writeFileSync(path.join(content, 'cases', 'broken.mdx'), '---\ntitle: [unclosed\n---\n');
    expect(() => writePassageFiles(content, path.join(root, 'other'), citing)).toThrow(/broken\.mdx/);
  });
});
