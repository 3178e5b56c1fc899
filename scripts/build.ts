// Builds the archive into a scratch folder and swaps it into dist/ only when every step passed,
// so a failed build leaves the previous dist/ intact. Incremental when only cases, sources or
// link files changed since the last build (scripts/lib/build-cache.ts); `-- --full` forces a full one.
// Astro renders the pages while the search index is built from the same content on the other
// core (scripts/index-search.ts).
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  astroCacheDir,
  cacheFingerprint,
  forgetBuildRecord,
  foundationHash,
  planBuild,
  readBuildRecord,
  writeBuildRecord,
} from './lib/build-cache.ts';
import { inputsHash, stampFile } from './lib/build-stamp.ts';
import { run } from './lib/run.ts';
import { outDir } from '../src/integrations/paths.ts';

const root = process.cwd();
const scratch = `${outDir}.next`;
const searchScratch = `${outDir}.next-search`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const cacheDir = astroCacheDir(root);
const clean = () => {
  for (const folder of [scratch, searchScratch]) rmSync(folder, { recursive: true, force: true });
};

clean();
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
const searchShards = path.join(cacheDir, 'search-shards');
if (plan.mode === 'full') rmSync(searchShards, { recursive: true, force: true });

const steps: Array<[string, string, string[]]> = [
  ['astro build', 'astro', ['build', '--outDir', scratch, ...(plan.mode === 'full' ? ['--force'] : [])]],
  ['search index', process.execPath, ['scripts/index-search.ts', searchScratch, '--cache', searchShards]],
];
const codes = await Promise.all(steps.map(([, command, args]) => run(command, args, { env })));
const failed = steps.flatMap(([name], index) => (codes[index] !== 0 ? [`${name} 退出码 ${codes[index]}`] : []));
if (failed.length > 0) {
  clean();
  console.error(
    `\n构建失败（${failed.join('；')}），原因见上面的信息。原有的 ${path.relative(root, outDir)}/ 保持不变。`,
  );
  process.exit(codes.find((code) => code !== 0));
}

renameSync(path.join(searchScratch, 'pagefind'), path.join(scratch, 'pagefind'));
writeFileSync(path.join(scratch, stampFile), `${inputsHash(root)}\n`);
writeBuildRecord(cacheDir, foundation);
const previous = `${outDir}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(scratch, outDir);
clean();
rmSync(previous, { recursive: true, force: true });
console.log(`构建完成：${path.relative(root, outDir)}/`);
