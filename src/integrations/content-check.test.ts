import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../scripts/lib/temp-folder.ts';
import { readKnownCaseChecks } from './case-checks-cache.ts';
import { checkContent } from './content-check.ts';

const { dir, write } = tempFolder('content-check');

write('measure-categories.yaml', '- id: organizing\n  name: 组织建设与建会入会\n  order: 1\n');
const measure = [
  'name: 双沟通',
  'category: organizing',
  'definition: 用企业沟通会和职工沟通会两类面对面的会议推动建会入会，现场受理入会申请。',
].join('\n');
write('measures/dual-communication.yaml', measure);
const caseFile = (measures: string) =>
  `---\nid: x\ntitle: 测试\n---\n\n<P id="p-1" measures="${measures}">双沟通</P>\n`;
const logged: string[] = [];
const logger = { info: (message: string) => logged.push(message) };

describe('the content checks at build start', () => {
  it('pass valid content and note links not yet registered', () => {
    write('cases/x.mdx', caseFile('dual-communication'));
    expect(() => checkContent(logger, dir)).not.toThrow();
    expect(logged.join('\n')).toContain('尚未登记为已发布');
  });

  it('name the file and line of a passage tagged with an unknown measure', () => {
    write('cases/x.mdx', caseFile('dual-communication no-such-measure'));
    expect(() => checkContent(logger, dir)).toThrow(/x\.mdx:6 段落 p-1：举措 id “no-such-measure” 不存在/);
  });

  it('name the file and line of a taxonomy mistake', () => {
    write('cases/x.mdx', caseFile('dual-communication'));
    write('measures/dual-communication.yaml', measure.replace('category: organizing', 'category: organising'));
    expect(() => checkContent(logger, dir)).toThrow(/dual-communication\.yaml:2 字段 category：分类 organising 不存在/);
  });
});

describe('the content checks with the readings kept from the last build', () => {
  const cacheFile = path.join(dir, 'case-checks.json');

  it('find a mistake made since in a case file, and reuse the readings of the files unchanged', () => {
    write('measures/dual-communication.yaml', measure);
    write('cases/x.mdx', caseFile('dual-communication'));
    write('cases/y.mdx', caseFile('dual-communication').replace('id: x', 'id: y'));
    checkContent(logger, dir, cacheFile);
    const kept = readKnownCaseChecks(cacheFile);
    expect([...kept.values()].map((entry) => entry.id).sort()).toEqual(['x', 'y']);

    write('cases/x.mdx', caseFile('no-such-measure'));
    expect(() => checkContent(logger, dir, cacheFile)).toThrow(/x\.mdx:6 段落 p-1：举措 id “no-such-measure” 不存在/);
    const again = readKnownCaseChecks(cacheFile);
    const reading = (id: string, map: typeof kept) => [...map.values()].find((entry) => entry.id === id);
    expect(reading('y', again)).toEqual(reading('y', kept));
    expect(reading('x', again)?.passages).toEqual([{ id: 'p-1', measures: ['no-such-measure'], line: 6 }]);
  });
});
