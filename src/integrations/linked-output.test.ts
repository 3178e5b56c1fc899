import fs, { linkSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { replacingWrite } from './linked-output.ts';
import { tempFolder } from '../../scripts/lib/temp-folder.ts';

const work = tempFolder('replacing-writes').dir;

describe('replacingWrite', () => {
  const write = replacingWrite(fs.promises.writeFile, [path.join(work, 'out')]);

  it('replaces a file under the folders, leaving what shared it as it was', async () => {
    fs.mkdirSync(path.join(work, 'out/page'), { recursive: true });
    writeFileSync(path.join(work, 'cached.html'), 'old');
    linkSync(path.join(work, 'cached.html'), path.join(work, 'out/page/index.html'));
    await write(pathToFileURL(path.join(work, 'out/page/index.html')), 'new');
    expect(readFileSync(path.join(work, 'out/page/index.html'), 'utf8')).toBe('new');
    expect(readFileSync(path.join(work, 'cached.html'), 'utf8')).toBe('old');
  });

  it('writes into a file elsewhere, as writeFile does', async () => {
    writeFileSync(path.join(work, 'elsewhere.txt'), 'old');
    linkSync(path.join(work, 'elsewhere.txt'), path.join(work, 'elsewhere-link.txt'));
    await write(path.join(work, 'elsewhere.txt'), 'new');
    expect(readFileSync(path.join(work, 'elsewhere-link.txt'), 'utf8')).toBe('new');
    expect(statSync(path.join(work, 'elsewhere.txt')).ino).toBe(statSync(path.join(work, 'elsewhere-link.txt')).ino);
  });

  it('makes a file that was not there', async () => {
    await write(path.join(work, 'out/fresh.html'), 'fresh');
    expect(readFileSync(path.join(work, 'out/fresh.html'), 'utf8')).toBe('fresh');
  });
});
