// Builds the archive into a scratch folder and swaps it into dist/ only when every step passed,
// so a failed build leaves the previous dist/ intact. Astro renders the pages while the search
// index is built from the same content on the other core (scripts/index-search.ts).
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inputsHash, stampFile } from './lib/build-stamp.ts';
import { run } from './lib/run.ts';
import { cacheDir, outDir } from '../src/integrations/paths.ts';

const root = process.cwd();
const scratch = `${outDir}.next`;
const searchScratch = `${outDir}.next-search`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const clean = () => {
  for (const folder of [scratch, searchScratch]) rmSync(folder, { recursive: true, force: true });
};

clean();
mkdirSync(path.dirname(scratch), { recursive: true });

const steps: Array<[string, string, string[]]> = [
  ['astro build', 'astro', ['build', '--outDir', scratch]],
  [
    'search index',
    process.execPath,
    ['scripts/index-search.ts', searchScratch, '--cache', path.join(cacheDir, 'search-shards')],
  ],
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
const previous = `${outDir}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(scratch, outDir);
clean();
rmSync(previous, { recursive: true, force: true });
console.log(`构建完成：${path.relative(root, outDir)}/`);
