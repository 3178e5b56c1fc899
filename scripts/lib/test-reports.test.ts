import { describe, expect, it } from 'vitest';
import { playwrightOutcomes, vitestOutcome } from './test-reports.ts';

describe('vitestOutcome', () => {
  // The shape Vitest 5 writes: a file whose beforeAll threw is `failed` with its tests `skipped`.
  const report = {
    numPassedTests: 2,
    numFailedTests: 1,
    testResults: [
      {
        name: '/repo/a.test.ts',
        status: 'failed',
        message: '',
        assertionResults: [{ fullName: 'hooked x', status: 'skipped' }],
      },
      {
        name: '/repo/scripts/b.test.ts',
        status: 'failed',
        message: '',
        assertionResults: [
          {
            fullName: 'group fails',
            status: 'failed',
            failureMessages: [
              '\u001b[31mAssertionError\u001b[39m: expected false to be true\n\n- Expected\n+ Received\n' +
                `- true ${'x'.repeat(200)}`,
            ],
          },
          { fullName: 'group passes', status: 'passed' },
        ],
      },
      {
        name: '/repo/c.test.ts',
        status: 'failed',
        message: 'Error: Cannot find module x\n  at y',
        assertionResults: [],
      },
      { name: '/repo/d.test.ts', status: 'passed', assertionResults: [{ fullName: 'ok', status: 'passed' }] },
    ],
  };

  it('names each failed test with the first lines of why, and each file that failed before its tests ran', () => {
    const outcome = vitestOutcome(report, '/repo');
    expect(outcome.passed).toBe(2);
    expect(outcome.failures).toEqual([
      'a.test.ts › 测试前的准备（beforeAll 或导入）失败，见上方日志',
      'scripts/b.test.ts › group fails\n' +
        '    AssertionError: expected false to be true\n    - Expected\n    + Received',
      'c.test.ts › Error: Cannot find module x',
    ]);
  });

  it('counts a missing report as one failure', () => {
    expect(vitestOutcome(null, '/repo')).toMatchObject({ passed: 0, failures: [expect.any(String)] });
  });
});

describe('playwrightOutcomes', () => {
  const test = (projectName: string, status: string, message?: string) => ({
    projectName,
    status,
    results: message ? [{ error: { message: 'first try' } }, { error: { message } }] : [],
  });
  const report = {
    suites: [
      {
        specs: [
          {
            title: 'top',
            file: 'a.spec.ts',
            line: 3,
            tests: [test('chromium', 'expected'), test('nginx', 'unexpected', `Error: ${'y'.repeat(200)}\nline 2`)],
          },
        ],
        suites: [
          {
            specs: [
              {
                title: 'nested',
                file: 'a.spec.ts',
                line: 9,
                tests: [test('chromium', 'flaky'), test('nginx', 'skipped')],
              },
            ],
          },
        ],
      },
    ],
  };

  it('counts per project, a flaky test as passed, and names the unexpected ones with their last try’s error', () => {
    const outcomes = playwrightOutcomes(report);
    expect(outcomes.get('chromium')).toEqual({ passed: 2, failures: [] });
    expect(outcomes.get('nginx')).toEqual({
      passed: 0,
      failures: [`[nginx] a.spec.ts:3 › top\n    Error: ${'y'.repeat(152)}…\n    line 2`],
    });
  });
});
