// The quality gates `npm test` runs on the built site, each counted like a test suite:
// links and HTML per page, and the quick benchmark as one check that it still runs.
import path from 'node:path';
import { checkSiteLinks } from './dist-links.ts';
import { run } from './run.ts';
import { validateSite } from './validate-html.ts';

export interface GateResult {
  name: string;
  passed: number;
  failed: number;
  exitCode: number;
}

/** Every internal link and #anchor of the build resolves; one count per page. */
export function linksSuite(outDir: string): GateResult {
  const { pages, broken } = checkSiteLinks(outDir);
  for (const { page, link, reason } of broken) console.error(`✗ 链接 ${page}: ${link} → ${reason}`);
  const failedPages = new Set(broken.map((problem) => problem.page)).size;
  return { name: 'links (dist)', passed: pages.length - failedPages, failed: failedPages, exitCode: pages.length === 0 ? 1 : 0 };
}

/** Every built page passes html-validate; one count per page. */
export async function htmlSuite(outDir: string): Promise<GateResult> {
  const results = await validateSite(outDir);
  const failed = results.filter((result) => result.problems.length > 0);
  for (const { page, problems } of failed) console.error(`✗ HTML ${page}\n  ${problems.join('\n  ')}`);
  return { name: 'HTML (html-validate)', passed: results.length - failed.length, failed: failed.length, exitCode: results.length === 0 ? 1 : 0 };
}

/** `npm run bench -- --quick` runs to its end (figures are reported, targets are not asserted here). */
export async function benchSuite(): Promise<GateResult> {
  const exitCode = await run(process.execPath, [path.join('scripts', 'bench.ts'), '--quick']);
  return { name: 'bench (quick)', passed: exitCode === 0 ? 1 : 0, failed: exitCode === 0 ? 0 : 1, exitCode };
}
