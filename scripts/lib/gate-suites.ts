// The quality gates `npm test` runs, each counted like a test suite: types and formatting per
// source file, links and HTML per built page, and the quick benchmark as one check that it still runs.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroCheck } from '@astrojs/language-server';
import * as prettier from 'prettier';
import { checkSiteLinks } from './dist-links.ts';
import { checkSearchParity } from './search-parity.ts';
import { run } from './run.ts';
import type { SuiteOutcome } from './test-reports.ts';
import { validateSite } from './validate-html.ts';

export interface GateResult extends SuiteOutcome {
  name: string;
  exitCode: number;
}

/** Every internal link and #anchor of the build resolves; one count per page. */
export function linksSuite(outDir: string): GateResult {
  const { pages, broken } = checkSiteLinks(outDir);
  for (const { page, link, reason } of broken) console.error(`✗ 链接 ${page}: ${link} → ${reason}`);
  const failedPages = [...new Set(broken.map((problem) => problem.page))];
  return {
    name: 'links (dist)',
    passed: pages.length - failedPages.length,
    failures: failedPages.map((page) => `链接 ${page}`),
    exitCode: pages.length === 0 ? 1 : 0,
  };
}

/**
 * The search index the build makes from content is the index of the built pages: each indexed
 * page's Pagefind fragment the same both ways (search-parity.ts); one count per page.
 */
export async function searchParitySuite(outDir: string, contentDir: string): Promise<GateResult> {
  const { pages, differing } = await checkSearchParity(outDir, contentDir, path.resolve('node_modules/.bin/pagefind'));
  for (const { url, problem } of differing) console.error(`✗ 搜索索引 ${url}：${problem}`);
  return {
    name: 'search index (content = pages)',
    passed: pages.length - differing.length,
    failures: differing.map(({ url }) => `搜索索引 ${url}`),
    exitCode: pages.length === 0 ? 1 : 0,
  };
}

/** Every built page passes html-validate; one count per page. */
export async function htmlSuite(outDir: string): Promise<GateResult> {
  const results = await validateSite(outDir);
  const failed = results.filter((result) => result.problems.length > 0);
  for (const { page, problems } of failed) console.error(`✗ HTML ${page}\n  ${problems.join('\n  ')}`);
  return {
    name: 'HTML (html-validate)',
    passed: results.length - failed.length,
    failures: failed.map(({ page }) => `HTML ${page}`),
    exitCode: results.length === 0 ? 1 : 0,
  };
}

/** `npm run bench -- --quick` runs to its end (figures are reported, targets are not asserted here). */
export async function benchSuite(): Promise<GateResult> {
  const exitCode = await run(process.execPath, [path.join('scripts', 'bench.ts'), '--quick']);
  const ran = exitCode === 0;
  return {
    name: 'bench (quick)',
    passed: ran ? 1 : 0,
    failures: ran ? [] : [`npm run bench -- --quick 退出码 ${exitCode}`],
    exitCode,
  };
}

/** Every file Prettier covers (`.prettierrc.json`, `.prettierignore`) is formatted; one count per file. */
export async function formatSuite(root: string): Promise<GateResult> {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  const ignorePath = path.join(root, '.prettierignore');
  let passed = 0;
  const unformatted: string[] = [];
  for (const file of files) {
    const filepath = path.join(root, file);
    const info = await prettier.getFileInfo(filepath, { ignorePath, resolveConfig: true });
    if (info.ignored || info.inferredParser === null) continue;
    const options = { ...(await prettier.resolveConfig(filepath)), filepath };
    if (await prettier.check(readFileSync(filepath, 'utf8'), options)) passed += 1;
    else unformatted.push(file);
  }
  for (const file of unformatted) console.error(`✗ 格式 ${file}：请运行 npx prettier --write ${file}`);
  return {
    name: 'format (prettier)',
    passed,
    failures: unformatted.map((file) => `格式 ${file}`),
    exitCode: passed === 0 ? 1 : 0,
  };
}

/**
 * `astro check`: TypeScript over every .ts and .astro file of tsconfig.json (Astro's strictest
 * settings, Astro, Vite and Vitest types), after `astro sync` wrote the content collections' types.
 * One count per file; a file with any error fails.
 */
export async function typeCheckSuite(root: string): Promise<GateResult> {
  const syncCode = await run('astro', ['sync'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const checker = new AstroCheck(root, createRequire(import.meta.url).resolve('typescript'), undefined);
  const result = await checker.lint({ logErrors: { level: 'error' } });
  const failed = result.fileResult.filter((file) => file.errors.some((diagnostic) => diagnostic.severity === 1));
  return {
    name: 'types (astro check)',
    passed: result.fileChecked - failed.length,
    failures: failed.map((file) => `类型 ${path.relative(root, fileURLToPath(file.fileUrl))}`),
    exitCode: syncCode !== 0 || result.fileChecked === 0 ? 1 : 0,
  };
}
