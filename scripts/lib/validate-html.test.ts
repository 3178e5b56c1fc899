import { describe, expect, it } from 'vitest';
import { projectValidator, validatePage } from './validate-html.ts';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>案例</title></head><body><main>${body}</main></body></html>`;

describe('validatePage with the project rules', () => {
  const validator = projectValidator();

  it('accepts a valid page', async () => {
    expect(await validatePage(validator, page('<h1>案例</h1><p id="p-1">正文。</p>'), 'ok.html')).toEqual([]);
  });

  it('names line, column and rule of each problem', async () => {
    const problems = await validatePage(
      validator,
      page('<p id="p-1">一</p><p id="p-1">二</p><img src="/a.png">'),
      'bad.html',
    );
    expect(problems.some((problem) => /^1:\d+ no-dup-id /.test(problem))).toBe(true);
    expect(problems.some((problem) => /wcag\/h37/.test(problem))).toBe(true);
  });
});
