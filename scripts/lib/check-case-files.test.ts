import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCaseFiles } from './check-case-files.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../__fixtures__/build');
let folder = '';

function casesWith(...names: string[]): string {
  folder = mkdtempSync(path.join(tmpdir(), 'case-files-'));
  for (const name of names) cpSync(path.join(fixtures, name), path.join(folder, name));
  return folder;
}

afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('checkCaseFiles', () => {
  it('accepts valid case files', () => {
    expect(checkCaseFiles(casesWith('valid-case.mdx', 'unknown-measure.mdx'))).toEqual([]);
  });

  it('names the file, line and field of broken front matter', () => {
    const [problem, ...rest] = checkCaseFiles(casesWith('valid-case.mdx', 'broken-front-matter.mdx'), path.basename);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^broken-front-matter\.mdx:6 字段 authors 不是有效的 YAML/);
  });

  it('names both files of an id clash', () => {
    const problems = checkCaseFiles(casesWith('valid-case.mdx', 'id-clash.mdx'), path.basename);
    expect(problems).toEqual([
      'valid-case.mdx:2 字段 id “fixture-valid-case” 已被 id-clash.mdx 使用：id 决定永久网址 /cases/fixture-valid-case/，必须唯一。请给其中一个案例换一个新的 id。',
    ]);
  });

  it('reports a file without front matter', () => {
    const dir = casesWith();
    writeFileSync(path.join(dir, 'no-front-matter.mdx'), '<P id="p-1">正文。</P>\n');
    expect(checkCaseFiles(dir, path.basename)).toEqual([expect.stringMatching(/^no-front-matter\.mdx:1 缺少前置元数据/)]);
  });
});
