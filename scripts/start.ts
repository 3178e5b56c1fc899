// `npm start`: builds when the output folder (dist/, or ARCHIVE_OUT_DIR) is missing or stale,
// then serves that folder on localhost.
import path from 'node:path';
import { outDir } from '../src/integrations/paths.ts';
import { isBuildCurrent } from './lib/build-stamp.ts';
import { runOrExit } from './lib/run.ts';
import { serveStatic } from './lib/static-server.ts';

const root = process.cwd();
const shown = `${path.relative(root, outDir) || outDir}/`;
if (isBuildCurrent(root, outDir)) {
  console.log(`${shown} 已是最新，跳过构建。`);
} else {
  await runOrExit(process.execPath, ['scripts/build.ts']);
}
const port = Number(process.env['PORT'] ?? 4321);
const { url } = await serveStatic(outDir, port);
console.log(`\n案例库已在 ${url} 运行（按 Ctrl+C 停止）`);
