// `npm start`: builds when dist/ is missing or stale, then serves it on localhost.
import { isBuildCurrent } from './lib/build-stamp.ts';
import { runOrExit } from './lib/run.ts';
import { serveStatic } from './lib/static-server.ts';

const root = process.cwd();
if (isBuildCurrent(root, 'dist')) {
  console.log('dist/ 已是最新，跳过构建。');
} else {
  await runOrExit(process.execPath, ['scripts/build.ts']);
}
const port = Number(process.env['PORT'] ?? 4321);
const { url } = await serveStatic('dist', port);
console.log(`\n案例库已在 ${url} 运行（按 Ctrl+C 停止）`);
