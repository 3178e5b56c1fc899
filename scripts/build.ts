// Builds the archive into a scratch folder and swaps it into dist/ only when every step passed,
// so a failed build leaves the previous dist/ intact.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inputsHash, stampFile } from './lib/build-stamp.ts';
import { run } from './lib/run.ts';
import { outDir } from '../src/integrations/paths.ts';

const root = process.cwd();
const scratch = `${outDir}.next`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

rmSync(scratch, { recursive: true, force: true });
mkdirSync(path.dirname(scratch), { recursive: true });

const steps: Array<[string, string, string[]]> = [
  ['astro build', 'astro', ['build', '--outDir', scratch]],
  ['search index', process.execPath, ['scripts/index-search.ts', scratch]],
];
for (const [name, command, args] of steps) {
  const code = await run(command, args, { env });
  if (code !== 0) {
    rmSync(scratch, { recursive: true, force: true });
    console.error(
      `\n构建失败（${name} 退出码 ${code}），原因见上面的信息。原有的 ${path.relative(root, outDir)}/ 保持不变。`,
    );
    process.exit(code);
  }
}

writeFileSync(path.join(scratch, stampFile), `${inputsHash(root)}\n`);
const previous = `${outDir}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(scratch, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`构建完成：${path.relative(root, outDir)}/`);
