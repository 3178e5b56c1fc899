// Real nginx serving a built site with the project's deploy/nginx.conf, for the end-to-end specs:
// a non-daemon master on a loopback port, with its prefix, pid, logs and temp files in a fresh
// folder under TMPDIR. Debian's package is installed with apt when missing (system-packages.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureSystemTools, hasCommand } from './system-packages.ts';

/** The config users include in their server block (README "Hosting"). */
export const deployConfig = path.resolve(import.meta.dirname, '../../deploy/nginx.conf');

const binaries = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];

/** The nginx binary: on PATH or where packages put it (root's PATH is not everyone's). */
export function findNginx(): string | null {
  if (hasCommand('nginx')) return 'nginx';
  return binaries.find((candidate) => existsSync(candidate)) ?? null;
}

/** Makes sure nginx is there: apt as root on Debian, else a message saying what to install. */
export function ensureNginx(): string {
  ensureSystemTools([
    { purpose: '用 nginx 运行的端到端测试', packages: ['nginx'], isPresent: () => findNginx() !== null },
  ]);
  return findNginx()!;
}

/** Debian's and the upstream build's places for mime.types; the stock nginx.conf includes it. */
function mimeTypes(): string {
  const found = ['/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types'].find((file) => existsSync(file));
  if (!found) throw new Error('找不到 nginx 的 mime.types（/etc/nginx/mime.types）。');
  return found;
}

/** The main config around deploy/nginx.conf: what a stock nginx.conf and a site's server block would hold. */
export function mainConfig(options: { root: string; port: number; work: string }): string {
  const { root, port, work } = options;
  const temp = (name: string) => `${name}_temp_path ${path.join(work, name)};`;
  return [
    'daemon off;',
    'worker_processes 1;',
    // Run as root, the workers would otherwise drop to `nobody`, who may not read the build.
    process.getuid?.() === 0 ? 'user root;' : '',
    `pid ${path.join(work, 'nginx.pid')};`,
    `error_log ${path.join(work, 'error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    `  include ${mimeTypes()};`,
    '  default_type application/octet-stream;',
    `  access_log ${path.join(work, 'access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
    '  server {',
    `    listen 127.0.0.1:${port};`,
    `    root ${path.resolve(root)};`,
    `    include ${deployConfig};`,
    '  }',
    '}',
  ].join('\n');
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

export interface RunningNginx {
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts nginx on `root` (port 0: a free port from 20000–59999) and resolves when it answers. */
export async function startNginx(root: string, port = 0): Promise<RunningNginx> {
  const binary = ensureNginx();
  const work = mkdtempSync(path.join(tmpdir(), 'nginx-'));
  const chosen = port || 20000 + Math.floor(Math.random() * 40000);
  const config = path.join(work, 'nginx.conf');
  writeFileSync(config, mainConfig({ root, port: chosen, work }));
  const child = spawn(binary, ['-p', work, '-e', path.join(work, 'error.log'), '-c', config], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGQUIT');
    await exited;
    rmSync(work, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) break;
    if (await portOpen(chosen)) return { url: `http://127.0.0.1:${chosen}/`, process: child, stop };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const log = existsSync(path.join(work, 'error.log')) ? readFileSync(path.join(work, 'error.log'), 'utf8') : '';
  await stop();
  throw new Error(`nginx 没有启动（端口 ${chosen}）：\n${log}`);
}
