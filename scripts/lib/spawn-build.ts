// Test support: `npm run build` of the project into another output folder (and content folder),
// with its output captured.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds into `outDir` with its Astro cache beside it (`<outDir>-cache`); `content` defaults to content/. */
export function spawnBuild(outDir: string, content?: string): Promise<{ code: number; output: string }> {
  const bin = path.join(project, 'node_modules/.bin');
  const env = {
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}`,
    ...(content ? { ARCHIVE_CONTENT_DIR: content } : {}),
    ARCHIVE_OUT_DIR: outDir,
    ARCHIVE_CACHE_DIR: `${outDir}-cache`,
  };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: project, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
