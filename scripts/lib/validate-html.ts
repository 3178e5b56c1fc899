// Validates every built page with html-validate, using the project's .htmlvalidate.json
// (built sites may live outside the project, e.g. the benchmark's /tmp folders).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { htmlFiles } from './search-index.ts';

export interface PageProblems {
  page: string;
  /** `line:column rule message` for each error; empty when the page is valid. */
  problems: string[];
}

/** A validator configured by `<configRoot>/.htmlvalidate.json`. */
export function projectValidator(configRoot = process.cwd()): HtmlValidate {
  const config = JSON.parse(readFileSync(path.join(configRoot, '.htmlvalidate.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  return new HtmlValidate(new StaticConfigLoader({ ...config, root: true }));
}

/** Problems of one HTML document. */
export async function validatePage(validator: HtmlValidate, html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) =>
    result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`),
  );
}

/** Validates the pages of `site`, each with its problems. */
export async function validateSite(site: string, configRoot = process.cwd()): Promise<PageProblems[]> {
  const validator = projectValidator(configRoot);
  const root = path.resolve(site);
  const results: PageProblems[] = [];
  for (const page of [...htmlFiles(root)].sort()) {
    results.push({ page, problems: await validatePage(validator, readFileSync(path.join(root, page), 'utf8'), page) });
  }
  return results;
}
