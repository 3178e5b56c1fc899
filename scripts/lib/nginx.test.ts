import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gzipOnDiskExtensions } from '../../src/pagefind/serving.ts';
import { deployConfig, mainConfig } from './nginx.ts';

describe('deploy/nginx.conf', () => {
  const config = readFileSync(deployConfig, 'utf8');

  it('labels exactly the files the Pagefind adapter says are gzip on disk (src/pagefind/serving.ts)', () => {
    const [, list] = /location ~ \\\.\(([^)]+)\)\$/.exec(config) ?? [];
    expect(list?.split('|').sort()).toEqual([...gzipOnDiskExtensions].sort());
  });

  it('is included as it is by the config the tests run nginx with, on loopback, with everything in the work folder', () => {
    const main = mainConfig({ root: '/srv/dist', port: 4567, work: '/tmp/nginx-x' });
    expect(main).toContain(`include ${deployConfig};`);
    expect(main).toContain('listen 127.0.0.1:4567;');
    expect(main).toContain('root /srv/dist;');
    expect(main).toContain('daemon off;');
    expect(main).toContain('pid /tmp/nginx-x/nginx.pid;');
    expect(main.match(/_temp_path \/tmp\/nginx-x\//g)).toHaveLength(5);
  });
});
