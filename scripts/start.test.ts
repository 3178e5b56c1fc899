// `npm start` serves the folder it builds into: ARCHIVE_OUT_DIR when set, not dist/.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { inputsHash, stampFile } from './lib/build-stamp.ts';

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = mkdtempSync(path.join(tmpdir(), 'start-out-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

it('serves ARCHIVE_OUT_DIR when it is set and current, without building', async () => {
  const env = { ...process.env, ARCHIVE_OUT_DIR: outDir, PORT: '0' };
  writeFileSync(path.join(outDir, 'index.html'), '<!DOCTYPE html><p>另一个输出目录</p>');
  writeFileSync(path.join(outDir, stampFile), `${inputsHash(project, env)}\n`);
  const child = spawn(process.execPath, ['scripts/start.ts'], { cwd: project, env });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const served = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
        if (served) resolve(served[0]);
      });
      child.on('close', (code) => reject(new Error(`npm start exited (${code}): ${output}`)));
    });
    expect(await (await fetch(url)).text()).toContain('另一个输出目录');
  } finally {
    child.kill();
  }
}, 30_000);
