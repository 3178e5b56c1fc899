// Builds the archive into a scratch folder and swaps it into dist/ only when every step passed,
// so a failed build leaves the previous dist/ intact; a build that passed removes that one in the
// background (scripts/lib/discard-folder.ts). Incremental when only cases, sources or link files
// changed since the last build (scripts/lib/build-cache.ts); `-- --full` forces a full one.
// Astro renders the pages while the passage files and the search index are made from the same
// content on the other core (scripts/content-outputs.ts). When one step fails the other is
// stopped at once, whole process tree and all (scripts/lib/run.ts runAll): on a large archive it
// would run on for minutes for a build that has already failed. Ctrl+C stops both. Either way
// the scratch folders are removed.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import {
  astroCacheDir,
  cacheFingerprint,
  caseChecksFile,
  forgetBuildRecord,
  foundationHash,
  planBuild,
  readBuildRecord,
  writeBuildRecord,
} from './lib/build-cache.ts';
import { contentMistakeExit } from './lib/archive-content.ts';
import { discardFolder, removeDiscardedBeside } from './lib/discard-folder.ts';
import { inputsHash, stampFile } from './lib/build-stamp.ts';
import { runAll, type Step, type StepOutcome } from './lib/run.ts';
import { buildDay } from '../src/utils/citation.ts';
import { passageFilesBesideVariable } from '../src/utils/passage-file.ts';
import { caseChecksCacheVariable } from '../src/integrations/case-checks-cache.ts';
import { linkedOutputVariable } from '../src/integrations/linked-output.ts';
import { outDir } from '../src/integrations/paths.ts';

const root = process.cwd();
const scratch = `${outDir}.next`;
const searchScratch = `${outDir}.next-search`;
const cacheDir = astroCacheDir(root);
const caseChecks = path.join(cacheDir, caseChecksFile);
// One day for both steps: the pages and the passage files cite it as the access date. The
// passage files are the second step's, not Astro's.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  ARCHIVE_BUILD_DAY: buildDay,
  [passageFilesBesideVariable]: '1',
  [caseChecksCacheVariable]: caseChecks,
};
const clean = () => {
  for (const folder of [scratch, searchScratch]) rmSync(folder, { recursive: true, force: true });
};

clean();
removeDiscardedBeside(outDir);
mkdirSync(path.dirname(scratch), { recursive: true });

const foundation = foundationHash(root);
const plan = planBuild({
  record: readBuildRecord(cacheDir),
  foundation,
  cache: cacheFingerprint(cacheDir),
  forced: process.argv.includes('--full'),
});
console.log(plan.mode === 'full' ? `完整构建（${plan.reason}）。` : `增量构建（${plan.reason}）。`);
// Until this build succeeds, the cache may hold pages of inputs that no record describes.
forgetBuildRecord(cacheDir);
// The search index's shards and the cases' fields as read (scripts/content-outputs.ts).
const contentOutputsCache = path.join(cacheDir, 'content-outputs');
if (plan.mode === 'full')
  for (const kept of [contentOutputsCache, caseChecks]) rmSync(kept, { recursive: true, force: true });

// Astro reuses a page already in its output folder: linked there (src/integrations/linked-output.ts),
// its 22,000 pages at 10,000 cases need no copying.
if (plan.mode === 'incremental') env[linkedOutputVariable] = '1';

const steps: Step[] = [
  {
    name: 'astro build（生成页面）',
    command: 'astro',
    args: ['build', '--outDir', scratch, ...(plan.mode === 'full' ? ['--force'] : [])],
    options: { env },
  },
  {
    name: '段落数据和搜索索引（scripts/content-outputs.ts）',
    command: process.execPath,
    args: ['scripts/content-outputs.ts', searchScratch, '--cache', contentOutputsCache],
    options: { env },
    // A content mistake it meets, Astro reports with file, line and the fix: let Astro say it.
    othersGoOnAfter: [contentMistakeExit],
  },
];
// Ctrl+C (or a SIGTERM to this script) stops both steps and cleans up; the handlers stay until
// the end so that a late one cannot cut the swap below in half and leave no dist/.
const interruption = new AbortController();
let interruptedBy: NodeJS.Signals | undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    interruptedBy ??= signal;
    interruption.abort();
  });
}
const running = runAll(steps, interruption.signal);
const stamp = inputsStampWhileRunning();
const outcomes = await running;
const kept = `原有的 ${path.relative(root, outDir)}/ 保持不变。`;
if (interruptedBy) {
  clean();
  // A Ctrl+C in the terminal reaches the steps too, so some end by themselves rather than stopped.
  const halted = outcomes.filter(({ code, stopped }) => stopped || code !== 0).map(({ name }) => name);
  console.error(
    `\n构建已中断（${interruptedBy}）：${halted.length > 0 ? `${joined(halted)}已停止，` : ''}临时文件夹已删除。${kept}`,
  );
  process.exit(128 + (constants.signals[interruptedBy] ?? 0));
}
const failure = decisiveFailure(outcomes);
if (failure) {
  clean();
  console.error(`\n${failureReport(outcomes)}${kept}`);
  process.exit(failure.code);
}

renameSync(path.join(searchScratch, 'pagefind'), path.join(scratch, 'pagefind'));
renameSync(path.join(searchScratch, 'data', 'passages'), path.join(scratch, 'data', 'passages'));
writeFileSync(path.join(scratch, stampFile), `${stamp}\n`);
writeBuildRecord(cacheDir, foundation);
if (existsSync(outDir)) discardFolder(outDir);
renameSync(scratch, outDir);
clean();
console.log(`构建完成：${path.relative(root, outDir)}/`);

/**
 * The inputs' hash for the stamp, taken while the steps run and of the inputs as they start to read
 * them: an edit made during the build leaves a stamp that `npm start` finds out of date. A file that
 * vanishes meanwhile gives no stamp (`npm start` then builds again) rather than a crash that would
 * leave the steps running.
 */
function inputsStampWhileRunning(): string {
  try {
    return inputsHash(root);
  } catch {
    return '';
  }
}

/** Names joined as a sentence lists them: “甲”, “甲和乙”, “甲、乙和丙”. */
function joined(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join('、')}和${names.at(-1)}`;
}

/** Whether the step ended on a failure it leaves another step to report (Step.othersGoOnAfter). */
function leftToOthers({ name, code }: StepOutcome): boolean {
  return steps.find((step) => step.name === name)?.othersGoOnAfter?.includes(code) ?? false;
}

/**
 * The failure the build exits with: a step that failed by itself, not one stopped because of it;
 * rather one that reports its failure than one that leaves it to another; of two that failed at
 * once, the first in step order (Astro's messages name the file to fix).
 */
function decisiveFailure(outcomes: StepOutcome[]): StepOutcome | undefined {
  const failed = failedByThemselves(outcomes);
  return failed.find((outcome) => !leftToOthers(outcome)) ?? failed[0];
}

/** The steps that failed by themselves, not stopped because another failed. */
function failedByThemselves(outcomes: StepOutcome[]): StepOutcome[] {
  return outcomes.filter(({ code, stopped }) => code !== 0 && !stopped);
}

/** Which steps failed with which code, and which were stopped because of it. */
function failureReport(outcomes: StepOutcome[]): string {
  const failed = failedByThemselves(outcomes);
  const stopped = outcomes.filter(({ stopped }) => stopped).map(({ name }) => name);
  const failures = failed
    .map((outcome) =>
      leftToOthers(outcome) && failed.length > 1
        ? `${outcome.name}因同一内容错误退出（退出码 ${outcome.code}）`
        : `${outcome.name}出错（退出码 ${outcome.code}）`,
    )
    .join('；');
  const stopNote = stopped.length > 0 ? `${joined(stopped)}随即停止，` : '';
  return `构建失败：${failures}，原因见上面的信息；${stopNote}临时文件夹已删除。`;
}
