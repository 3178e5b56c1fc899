import { utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cacheFingerprint,
  forgetBuildRecord,
  foundationHash,
  planBuild,
  readBuildRecord,
  writeBuildRecord,
} from './build-cache.ts';
import { tempFolder } from './temp-folder.ts';

const record = { version: 1, foundation: 'code-1', cache: 'cache-1' };

describe('planBuild', () => {
  it('builds incrementally when neither the foundation nor the cache changed', () => {
    expect(planBuild({ record, foundation: 'code-1', cache: 'cache-1', forced: false }).mode).toBe('incremental');
  });

  it('falls back to a full build, saying why', () => {
    const cases = [
      { foundation: 'code-2', cache: 'cache-1', forced: false, reason: /代码、依赖、Astro 配置/ },
      { foundation: 'code-1', cache: 'cache-2', forced: false, reason: /缓存.*被改动过/ },
      { foundation: 'code-1', cache: 'cache-1', forced: true, reason: /--full/ },
    ];
    for (const { reason, ...input } of cases) {
      const plan = planBuild({ record, ...input });
      expect(plan.mode).toBe('full');
      expect(plan.reason).toMatch(reason);
    }
    expect(planBuild({ record: '没有上次构建的记录', foundation: 'code-1', cache: 'cache-1', forced: false })).toEqual({
      mode: 'full',
      reason: '没有上次构建的记录',
    });
  });
});

describe('the build record', () => {
  const folder = tempFolder('build-cache');
  const cache = path.join(folder.dir, 'cache');
  folder.write('cache/incremental-build.json', '{"routes":{}}');
  folder.write('cache/dist/cases/a/index.html', '<p>a</p>');

  it('round-trips, is forgotten, and reads as missing or corrupt otherwise', () => {
    writeBuildRecord(cache, 'code-1');
    expect(readBuildRecord(cache)).toEqual({ version: 1, foundation: 'code-1', cache: cacheFingerprint(cache) });
    writeFileSync(path.join(cache, 'archive-build.json'), '{"version":1,');
    expect(readBuildRecord(cache)).toBe('上次构建的记录已损坏');
    forgetBuildRecord(cache);
    expect(readBuildRecord(cache)).toBe('没有上次构建的记录');
  });

  it('fingerprints the manifests by bytes and the page copies by size and time', () => {
    const before = cacheFingerprint(cache);
    const page = path.join(cache, 'dist/cases/a/index.html');
    writeFileSync(page, '<p>b</p>');
    utimesSync(page, 1, 1);
    const afterEdit = cacheFingerprint(cache);
    expect(afterEdit).not.toBe(before);
    writeFileSync(path.join(cache, 'incremental-build.json'), '{"routes":{"x":1}}');
    expect(cacheFingerprint(cache)).not.toBe(afterEdit);
  });
});

describe('foundationHash', () => {
  const project = tempFolder('build-foundation');
  project.write('astro.config.mjs', 'export default {};');
  project.write('content/cases/a.mdx', 'a');
  project.write('content/withdrawn.yaml', '');
  project.write('content/regions.yaml', '- id: r');
  const env = { ARCHIVE_CONTENT_DIR: 'content' };

  it('ignores cases and link files, and changes with the taxonomy, the config and SITE_URL', () => {
    const base = foundationHash(project.dir, env);
    project.write('content/cases/b.mdx', 'b');
    project.write('content/withdrawn.yaml', 'a:\n  date: 2026-01-01\n');
    expect(foundationHash(project.dir, env)).toBe(base);
    project.write('content/regions.yaml', '- id: s');
    const afterTaxonomy = foundationHash(project.dir, env);
    expect(afterTaxonomy).not.toBe(base);
    project.write('astro.config.mjs', 'export default { site: "x" };');
    expect(foundationHash(project.dir, env)).not.toBe(afterTaxonomy);
    expect(foundationHash(project.dir, { ...env, SITE_URL: 'https://example.org/' })).not.toBe(
      foundationHash(project.dir, env),
    );
  });
});
