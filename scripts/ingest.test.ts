// `npm run ingest` on a raw source whose file name no URL can carry: refused with how to rename
// it, never a stack trace; renamed as suggested, it is ingested.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(path.join(tmpdir(), 'ingest-names-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function ingest(content: string) {
  return spawnSync(process.execPath, ['scripts/ingest.ts'], {
    env: { ...process.env, ARCHIVE_CONTENT_DIR: content, INGEST_OUT_DIR: path.join(work, 'ingest-out') },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('npm run ingest with an odd source file name', () => {
  it('refuses 005_海淀#1?.txt saying how to rename it, then ingests it under the suggested name', () => {
    const content = path.join(work, 'content');
    for (const entry of ['measures', 'measure-categories.yaml', 'regions.yaml', 'functional-areas.yaml'])
      cpSync(path.resolve('content', entry), path.join(content, entry), { recursive: true });
    mkdirSync(path.join(content, 'sources'), { recursive: true });
    const odd = path.join(content, 'sources', '005_海淀#1?.txt');
    cpSync(path.resolve('content/sources/004_841f9ca606203bf0.txt'), odd);
    const bytes = readFileSync(odd);

    const refused = ingest(content);
    const output = refused.stdout + refused.stderr;
    expect(refused.status).toBe(1);
    expect(output).toContain('✖ 005_海淀#1?.txt：这个来源没有导入。文件名含有字符 “#”“?”');
    expect(output).toContain('请把文件改名为 005_海淀1.txt');
    expect(output).not.toMatch(/^\s+at /m);
    expect(readFileSync(odd).equals(bytes)).toBe(true);
    expect(readdirSync(path.join(content, 'cases')).filter((name) => name.endsWith('.mdx'))).toEqual([]);

    renameSync(odd, path.join(content, 'sources', '005_海淀1.txt'));
    const accepted = ingest(content);
    expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0);
    const cases = readdirSync(path.join(content, 'cases')).filter((name) => name.endsWith('.mdx'));
    expect(cases.length).toBeGreaterThan(0);
    expect(readFileSync(path.join(content, 'cases', cases[0]!), 'utf8')).toContain('source: 005_海淀1.txt');
  }, 180_000);
});
