import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './temp-folder.ts';

const fixture = path.resolve('e2e/fixtures/links-site/content');
const module = path.resolve('scripts/lib/archive-content.ts');

/** MB of heap that the fields of every case read by readCases hold, each case file 200 KB longer. */
function heldByKeptFields(content: string): number {
  const script = `
    const { readCases } = await import(${JSON.stringify(module)});
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    const kept = readCases(${JSON.stringify(content)}).map(({ entry: { id, data } }) => ({ id, data }));
    globalThis.gc();
    process.stdout.write(JSON.stringify({ cases: kept.length, mb: (process.memoryUsage().heapUsed - before) / 2 ** 20 }));
  `;
  const output = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  const { cases, mb } = JSON.parse(output) as { cases: number; mb: number };
  expect(cases).toBeGreaterThanOrEqual(100);
  return mb;
}

describe('readCases', () => {
  const temp = tempFolder('archive-content');

  it('gives fields that keep none of their file’s text alive', () => {
    const content = path.join(temp.dir, 'content');
    cpSync(fixture, content, { recursive: true });
    const cases = path.join(content, 'cases');
    const [model, ...others] = readdirSync(cases).filter((name) => name.endsWith('.mdx'));
    for (const name of others) rmSync(path.join(cases, name));
    const body = `\n<P id="p-long">${'正文很长。'.repeat(20_000)}</P>\n`;
    appendFileSync(path.join(cases, model!), body);
    for (let copy = 0; copy < 100; copy += 1) cpSync(path.join(cases, model!), path.join(cases, `copy-${copy}.mdx`));
    // 101 files of 200 KB each: ~20 MB if their fields held them.
    expect(heldByKeptFields(content)).toBeLessThan(4);
  });
});
