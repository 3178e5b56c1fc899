// Builds the archive into a scratch folder and swaps it into dist/ only when every step passed,
// so a failed build leaves the previous dist/ intact.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inputsHash, stampFile } from './lib/build-stamp.ts';
import { checkCaseFiles } from './lib/check-case-files.ts';
import { contentDir } from '../src/integrations/paths.ts';
import { run } from './lib/run.ts';
import { bundlesFile } from './lib/search-index.ts';

const root = process.cwd();
const outDir = path.resolve(process.env['ARCHIVE_OUT_DIR'] ?? 'dist');
const scratch = `${outDir}.next`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const caseProblems = checkCaseFiles(path.join(contentDir, 'cases'), (file) => path.relative(root, file));
if (caseProblems.length > 0) {
  console.error(`案例文件有 ${caseProblems.length} 处错误：\n${caseProblems.map((problem) => `  ${problem}`).join('\n')}`);
  console.error(`\n构建失败：请按上面的提示修改后重新运行。原有的 ${path.relative(root, outDir)}/ 保持不变。`);
  process.exit(1);
}

rmSync(scratch, { recursive: true, force: true });
mkdirSync(path.dirname(scratch), { recursive: true });

// `ARCHIVE_SEARCH_INDEX=shards` indexes character pairs in shards, one process each, so memory stays
// bounded for very large archives; the default (Pagefind's own Chinese index) ranks better.
const sharded = process.env['ARCHIVE_SEARCH_INDEX'] === 'shards';
const indexStep: [string, string, string[]] = sharded
  ? ['search index (shards)', process.execPath, ['scripts/index-search.ts', scratch]]
  : ['pagefind', 'pagefind', ['--site', scratch]];
const steps: Array<[string, string, string[]]> = [['astro build', 'astro', ['build', '--outDir', scratch]], indexStep];
for (const [name, command, args] of steps) {
  const code = await run(command, args, { env });
  if (code !== 0) {
    rmSync(scratch, { recursive: true, force: true });
    console.error(`\n构建失败（${name} 退出码 ${code}）：上面的信息指出了出错的文件和字段。原有的 ${path.relative(root, outDir)}/ 保持不变。`);
    process.exit(code);
  }
}

// The search page reads which index bundles exist from bundles.json; the sharded index writes its own.
if (!sharded) writeFileSync(path.join(scratch, 'pagefind', bundlesFile), `${JSON.stringify(['/pagefind/'])}\n`);
writeFileSync(path.join(scratch, stampFile), `${inputsHash(root)}\n`);
const previous = `${outDir}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(scratch, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`构建完成：${path.relative(root, outDir)}/`);
