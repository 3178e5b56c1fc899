// `npm test`: every suite — unit tests, types, formatting, a build when dist/ is stale,
// end-to-end tests in Chromium, links, HTML, the quick bench — then one line
// `N passed, N failed` adding them all up.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { isBuildCurrent } from './lib/build-stamp.ts';
import { ensureChromium } from './lib/chromium.ts';
import { ensureNginx } from './lib/nginx.ts';
import { ensurePrintTools } from './lib/print-tools.ts';
import { run } from './lib/run.ts';
import { contentDir, outDir } from '../src/integrations/paths.ts';
import {
  benchSuite,
  formatSuite,
  htmlSuite,
  linksSuite,
  searchParitySuite,
  typeCheckSuite,
} from './lib/gate-suites.ts';

interface SuiteResult {
  name: string;
  passed: number;
  failed: number;
  exitCode: number;
}

const reports = path.resolve('test-results/reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const results: SuiteResult[] = [];

function readJson(file: string): Record<string, unknown> | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

async function unitSuite(): Promise<SuiteResult> {
  const output = path.join(reports, 'vitest.json');
  const exitCode = await run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${output}`]);
  const report = readJson(output);
  return {
    name: 'unit (vitest)',
    passed: Number(report?.['numPassedTests'] ?? 0),
    failed: Number(report?.['numFailedTests'] ?? (exitCode === 0 ? 0 : 1)),
    exitCode,
  };
}

interface ReportSuite {
  specs?: Array<{ tests: Array<{ projectName: string; status: string }> }>;
  suites?: ReportSuite[];
}

/** Each Playwright project's tests by outcome (`expected`, `unexpected`, `flaky`, `skipped`). */
function outcomesByProject(suites: ReportSuite[], counts = new Map<string, Map<string, number>>()) {
  for (const suite of suites) {
    for (const test of (suite.specs ?? []).flatMap((spec) => spec.tests)) {
      const project = counts.get(test.projectName) ?? new Map<string, number>();
      project.set(test.status, (project.get(test.status) ?? 0) + 1);
      counts.set(test.projectName, project);
    }
    outcomesByProject(suite.suites ?? [], counts);
  }
  return counts;
}

/** Which server each Playwright project runs against (playwright.config.ts). */
const projectServers: Record<string, string> = { chromium: 'Node server', nginx: 'nginx + deploy/nginx.conf' };

/** The end-to-end specs, one result per Playwright project (one per server). */
async function e2eSuites(): Promise<SuiteResult[]> {
  const output = path.join(reports, 'playwright.json');
  const exitCode = await run('playwright', ['test', '--reporter=list,json'], {
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: output },
  });
  const report = readJson(output);
  const counts = outcomesByProject((report?.['suites'] as ReportSuite[] | undefined) ?? []);
  if (counts.size === 0) return [{ name: 'end-to-end (playwright)', passed: 0, failed: 1, exitCode }];
  return [...counts].map(([project, outcomes]) => ({
    name: `end-to-end (playwright, ${projectServers[project] ?? project})`,
    passed: (outcomes.get('expected') ?? 0) + (outcomes.get('flaky') ?? 0),
    failed: outcomes.get('unexpected') ?? 0,
    exitCode,
  }));
}

results.push(await unitSuite(), await typeCheckSuite(process.cwd()), await formatSuite(process.cwd()));

ensureChromium();
ensureNginx();
ensurePrintTools();
if (!isBuildCurrent(process.cwd(), outDir)) {
  const buildCode = await run(process.execPath, ['scripts/build.ts']);
  if (buildCode !== 0) results.push({ name: 'build', passed: 0, failed: 1, exitCode: buildCode });
}
if (results.every((suite) => suite.name !== 'build')) {
  results.push(...(await e2eSuites()));
  results.push(linksSuite(outDir), await searchParitySuite(outDir, contentDir), await htmlSuite(outDir));
  results.push(await benchSuite());
}

console.log('\n测试汇总 / summary:');
for (const suite of results) console.log(`  ${suite.name}: ${suite.passed} passed, ${suite.failed} failed`);
const passed = results.reduce((sum, suite) => sum + suite.passed, 0);
const failed = results.reduce((sum, suite) => sum + suite.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
const broken = results.some((suite) => suite.exitCode !== 0);
process.exit(failed > 0 || broken || passed === 0 ? 1 : 0);
