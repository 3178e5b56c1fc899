import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { loadTaxonomy } from '../content-model/taxonomy.ts';
import { findUnknownMeasures, unknownMeasuresMessage } from '../utils/measure-check.ts';
import { caseChecksCacheVariable, readKnownCaseChecks, writeKnownCaseChecks } from './case-checks-cache.ts';
import { checkLinkState, readCaseChecks, readLinkState } from './link-files.ts';
import { contentDir } from './paths.ts';

/**
 * The content checks that span files, run once at build start, each failing the build with
 * file, line and the fix: the measure taxonomy (categories and related ids exist), the measure
 * ids on passages (each names a file in content/measures/), and the permanent links (a
 * published case URL or passage anchor never disappears without a successor, content/LINKS.md).
 * `cacheFile` keeps the reading of the case files for the next build (case-checks-cache.ts).
 */
export function checkContent(
  logger: Pick<AstroIntegrationLogger, 'info'>,
  dir = contentDir,
  cacheFile = process.env[caseChecksCacheVariable],
): void {
  const measureIds = new Set(loadTaxonomy(dir).map((measure) => measure.id));
  const cases = readCaseChecks(dir, readKnownCaseChecks(cacheFile));
  writeKnownCaseChecks(cacheFile, cases);
  const unknown = cases.flatMap((entry) => findUnknownMeasures(entry.file, entry.passages, measureIds));
  if (unknown.length > 0) throw new Error(unknownMeasuresMessage(unknown, measureIds));
  const { problems, unregistered } = checkLinkState(readLinkState(dir, cases));
  if (unregistered.length > 0) {
    logger.info(
      `${unregistered.length} 个案例网址或段落锚点尚未登记为已发布；发布时运行 npm run links:record 并提交 content/published.json。`,
    );
  }
  if (problems.length > 0) {
    throw new Error(`已发布的链接将会失效（共 ${problems.length} 处）：\n- ${problems.join('\n- ')}`);
  }
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'archive:content-check',
    hooks: {
      'astro:build:start': ({ logger }) => checkContent(logger),
      // `astro dev` keeps serving; it says what the build would refuse.
      'astro:server:start': ({ logger }) => {
        try {
          checkContent(logger);
        } catch (error) {
          logger.error((error as Error).message);
        }
      },
    },
  };
}
