// What `npm test` reads from the JSON reports of Vitest and Playwright: counts, and the name of
// every test that failed and the first lines of why, so that the summary at the end (often all a
// CI log keeps) says which and why.
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export interface SuiteOutcome {
  passed: number;
  /** What failed, one entry per failure counted: `file › test`, a page, a file; a reason may follow on indented lines. */
  failures: string[];
}

interface VitestFile {
  name: string;
  status: string;
  message?: string;
  assertionResults?: Array<{ fullName: string; status: string; failureMessages?: string[] }>;
}

/** Vitest's `--reporter=json` report; `null` (no report) counts as one failure. */
export function vitestOutcome(report: Record<string, unknown> | null, root: string): SuiteOutcome {
  if (!report) return { passed: 0, failures: ['（没有生成 Vitest 报告）'] };
  const failures = ((report['testResults'] as VitestFile[] | undefined) ?? []).flatMap((file) => {
    const where = path.relative(root, file.name);
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    if (failedTests.length > 0)
      return failedTests.map((test) => withReason(`${where} › ${test.fullName}`, test.failureMessages?.[0]));
    // A failing beforeAll or import leaves the file's tests skipped, not failed.
    return file.status === 'failed'
      ? [`${where} › ${firstLine(file.message) || '测试前的准备（beforeAll 或导入）失败，见上方日志'}`]
      : [];
  });
  return { passed: Number(report['numPassedTests'] ?? 0), failures };
}

interface PlaywrightTest {
  projectName: string;
  status: string;
  results?: Array<{ error?: { message?: string } }>;
}

interface PlaywrightSuite {
  specs?: Array<{ title: string; file: string; line: number; tests: PlaywrightTest[] }>;
  suites?: PlaywrightSuite[];
}

/** Playwright's `--reporter=json` report, one outcome per project (`flaky` passed on a retry). */
export function playwrightOutcomes(report: Record<string, unknown> | null): Map<string, SuiteOutcome> {
  const outcomes = new Map<string, SuiteOutcome>();
  const visit = (suites: PlaywrightSuite[]) => {
    for (const suite of suites) {
      for (const spec of suite.specs ?? []) {
        for (const test of spec.tests) {
          const outcome = outcomes.get(test.projectName) ?? { passed: 0, failures: [] };
          if (test.status === 'expected' || test.status === 'flaky') outcome.passed += 1;
          if (test.status === 'unexpected')
            outcome.failures.push(
              withReason(
                `[${test.projectName}] ${spec.file}:${spec.line} › ${spec.title}`,
                test.results?.at(-1)?.error?.message,
              ),
            );
          outcomes.set(test.projectName, outcome);
        }
      }
      visit(suite.suites ?? []);
    }
  };
  visit((report?.['suites'] as PlaywrightSuite[] | undefined) ?? []);
  return outcomes;
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n', 1)[0]!.trim();
}

const reasonLines = 3;
const reasonWidth = 160;

/** The failure's name, then the first lines of its message (colours taken out), indented. */
function withReason(name: string, message: string | undefined): string {
  const lines = stripVTControlCharacters(message ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, reasonLines)
    .map((line) => (line.length > reasonWidth ? `${line.slice(0, reasonWidth - 1)}…` : line));
  return [name, ...lines.map((line) => `    ${line}`)].join('\n');
}
