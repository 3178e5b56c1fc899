// Serves an already built dist/ on loopback: `node scripts/serve.ts [--port N] [dir]`.
import { parseArgs } from 'node:util';
import { serveStatic } from './lib/static-server.ts';

const { values, positionals } = parseArgs({
  options: { port: { type: 'string', default: '4321' } },
  allowPositionals: true,
});
const { url } = await serveStatic(positionals[0] ?? 'dist', Number(values.port));
console.log(`案例库已在 ${url} 运行（按 Ctrl+C 停止）`);
