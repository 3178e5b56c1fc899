// Serves an already built dist/ with real nginx and deploy/nginx.conf until stopped:
// `node scripts/serve-nginx.ts [--port N] [dir]` (the nginx project of playwright.config.ts).
import { parseArgs } from 'node:util';
import { startNginx } from './lib/nginx.ts';

const { values, positionals } = parseArgs({
  options: { port: { type: 'string', default: '0' } },
  allowPositionals: true,
});
const nginx = await startNginx(positionals[0] ?? 'dist', Number(values.port));
console.log(`nginx 已在 ${nginx.url} 提供 ${positionals[0] ?? 'dist'}（按 Ctrl+C 停止）`);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => void nginx.stop().then(() => process.exit(0)));
}
nginx.process.once('exit', (code) => process.exit(code ?? 1));
