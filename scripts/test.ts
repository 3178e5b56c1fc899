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
import { playwrightOutcomes, vitestOutcome } from './lib/test-reports.ts';
import { contentDir, outDir } from '../src/integrations/paths.ts';
import {
  benchSuite,
  formatSuite,
  htmlSuite,
  linksSuite,
  searchParitySuite,
  typeCheckSuite,
  type GateResult,
} from './lib/gate-suites.ts';

const reports = path.resolve('test-results/reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const results: GateResult[] = [];

function readJson(file: string): Record<string, unknown> | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

async function unitSuite(): Promise<GateResult> {
  const output = path.join(reports, 'vitest.json');
  const exitCode = await run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${output}`]);
  return { name: 'unit (vitest)', ...vitestOutcome(readJson(output), process.cwd()), exitCode };
}

/** Which server each Playwright project runs against (playwright.config.ts). */
const projectServers: Record<string, string> = { chromium: 'Node server', nginx: 'nginx + deploy/nginx.conf' };

/** The end-to-end specs, one result per Playwright project (one per server). */
async function e2eSuites(): Promise<GateResult[]> {
  const output = path.join(reports, 'playwright.json');
  const exitCode = await run('playwright', ['test', '--reporter=list,json'], {
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: output },
  });
  const outcomes = playwrightOutcomes(readJson(output));
  if (outcomes.size === 0)
    return [{ name: 'end-to-end (playwright)', passed: 0, failures: ['（没有生成 Playwright 报告）'], exitCode }];
  return [...outcomes].map(([project, outcome]) => ({
    name: `end-to-end (playwright, ${projectServers[project] ?? project})`,
    ...outcome,
    exitCode,
  }));
}

// Before the unit tests too: some drive Chromium or read nginx's files, and a clean machine has neither.
ensureChromium();
ensureNginx();
ensurePrintTools();
results.push(await unitSuite(), await typeCheckSuite(process.cwd()), await formatSuite(process.cwd()));
if (!isBuildCurrent(process.cwd(), outDir)) {
  const buildCode = await run(process.execPath, ['scripts/build.ts']);
  if (buildCode !== 0) results.push({ name: 'build', passed: 0, failures: ['npm run build'], exitCode: buildCode });
}
if (results.every((suite) => suite.name !== 'build')) {
  results.push(...(await e2eSuites()));
  results.push(linksSuite(outDir), await searchParitySuite(outDir, contentDir), await htmlSuite(outDir));
  results.push(await benchSuite());
}

console.log('\n测试汇总 / summary:');
for (const suite of results) console.log(`  ${suite.name}: ${suite.passed} passed, ${suite.failures.length} failed`);
const failures = results.flatMap((suite) => suite.failures);
if (failures.length > 0)
  console.log(
    `失败的测试 / failed:\n${failures.map((failure) => `  ✗ ${failure.replaceAll('\n', '\n  ')}`).join('\n')}`,
  );
const passed = results.reduce((sum, suite) => sum + suite.passed, 0);
const failed = failures.length;
console.log(`${passed} passed, ${failed} failed`);
const broken = results.some((suite) => suite.exitCode !== 0);
process.exit(failed > 0 || broken || passed === 0 ? 1 : 0);
