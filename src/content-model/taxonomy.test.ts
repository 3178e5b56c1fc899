import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../integrations/paths.ts';
import { measureDataSchema } from './measure.ts';
import { loadTaxonomy } from './taxonomy.ts';
import { tempFolder } from '../../scripts/lib/temp-folder.ts';

const categories = '- id: organizing\n  name: 组织建设与建会入会\n  order: 1\n';
const validMeasure = [
  'name: 双沟通',
  'aliases: [企业沟通会]',
  'category: organizing',
  'definition: 用企业沟通会和职工沟通会两类面对面的会议推动建会入会，现场受理入会申请。',
  'triggers:',
  '  strong: [双沟通]',
].join('\n');

/** Every content folder the tests write, removed after them. */
const scratch = tempFolder('taxonomy');

function contentWith(measures: Record<string, string>, categoryFile = categories): string {
  const dir = mkdtempSync(path.join(scratch.dir, 'content-'));
  mkdirSync(path.join(dir, 'measures'));
  writeFileSync(path.join(dir, 'measure-categories.yaml'), categoryFile);
  for (const [name, text] of Object.entries(measures)) writeFileSync(path.join(dir, 'measures', name), text);
  return dir;
}

describe('loadTaxonomy', () => {
  it('reads the archive’s own taxonomy: every issue measure, each with name and category', () => {
    const taxonomy = loadTaxonomy(contentDir);
    expect(taxonomy.length).toBeGreaterThanOrEqual(15);
    expect(taxonomy.map((measure) => measure.name)).toEqual(
      expect.arrayContaining(['党建带工建', '非公企业建会', '双沟通', '经费保障', '困难职工帮扶', '工会机关机构改革']),
    );
  });

  it('takes the id from the file name and joins folded Chinese lines without spaces', () => {
    const dir = contentWith({
      'dual-communication.yaml': validMeasure.replace('definition: ', 'definition: >-\n  ').replace('，', '，\n  '),
    });
    const [entry] = loadTaxonomy(dir);
    expect(entry).toMatchObject({ id: 'dual-communication', category: 'organizing', related: [] });
    expect(entry?.definition).not.toMatch(/\s/);
  });

  it('names file, line, field and fix for a missing field', () => {
    const dir = contentWith({ 'dual-communication.yaml': validMeasure.replace('category: organizing\n', '') });
    expect(() => loadTaxonomy(dir)).toThrow(/dual-communication\.yaml:1 字段 category：.*\n  修改方法：/);
  });

  it('names the line of an unknown category and lists the valid ones', () => {
    const dir = contentWith({
      'dual-communication.yaml': validMeasure.replace('category: organizing', 'category: organising'),
    });
    expect(() => loadTaxonomy(dir)).toThrow(
      /dual-communication\.yaml:3 字段 category：分类 organising 不存在[\s\S]*organizing/,
    );
  });

  it('names the line of an unknown related measure', () => {
    const dir = contentWith({
      'dual-communication.yaml': `${validMeasure}\nrelated: [dual-communication, no-such-measure]`,
    });
    expect(() => loadTaxonomy(dir)).toThrow(
      /dual-communication\.yaml:7 字段 related\.1：相关举措 no-such-measure 不存在/,
    );
  });

  it('reads aliases by kind, a plain list as synonyms, every alias in `aliases`', () => {
    const kinds = validMeasure.replace(
      'aliases: [企业沟通会]',
      'aliases:\n  synonyms: [双沟通会]\n  narrower: [企业沟通会, 职工沟通会]',
    );
    expect(loadTaxonomy(contentWith({ 'dual-communication.yaml': kinds }))[0]).toMatchObject({
      aliases: ['双沟通会', '企业沟通会', '职工沟通会'],
      synonyms: ['双沟通会'],
      narrower: ['企业沟通会', '职工沟通会'],
    });
    expect(loadTaxonomy(contentWith({ 'dual-communication.yaml': validMeasure }))[0]).toMatchObject({
      synonyms: ['企业沟通会'],
      narrower: [],
    });
  });

  it('keeps a loaded measure as it is through the collection schema (kinds are not resolved twice)', () => {
    const kinds = validMeasure.replace(
      'aliases: [企业沟通会]',
      'aliases:\n  synonyms: [双沟通会]\n  narrower: [企业沟通会]',
    );
    const { id: _id, ...loaded } = loadTaxonomy(contentWith({ 'dual-communication.yaml': kinds }))[0]!;
    expect(measureDataSchema.parse(loaded)).toEqual(loaded);
  });

  it('names the line of an unknown alias kind and lists the kinds', () => {
    const dir = contentWith({
      'dual-communication.yaml': validMeasure.replace(
        'aliases: [企业沟通会]',
        'aliases:\n  synonyms: [双沟通会]\n  instances: [企业沟通会]',
      ),
    });
    expect(() => loadTaxonomy(dir)).toThrow(
      /dual-communication\.yaml:4 字段 aliases\.instances：别名类型 instances 不存在；可用的类型：synonyms（同义词[^\n]*narrower（下位词[\s\S]*修改方法：/,
    );
  });

  it('names an alias given both kinds', () => {
    const dir = contentWith({
      'dual-communication.yaml': validMeasure.replace(
        'aliases: [企业沟通会]',
        'aliases: { synonyms: [企业沟通会], narrower: [企业沟通会] }',
      ),
    });
    expect(() => loadTaxonomy(dir)).toThrow(/dual-communication\.yaml:2 字段 aliases\.narrower\.0：“企业沟通会”既写在/);
  });

  it('rejects a file name that cannot be an id', () => {
    const dir = contentWith({ 'Dual Communication.yaml': validMeasure });
    expect(() => loadTaxonomy(dir)).toThrow(/Dual Communication\.yaml:1 .*文件名/);
  });

  it('reports YAML syntax errors with their line', () => {
    const dir = contentWith({
      'dual-communication.yaml': 'name: 双沟通\naliases: [企业沟通会\ncategory: organizing\n',
    });
    expect(() => loadTaxonomy(dir)).toThrow(/dual-communication\.yaml:\d+ YAML 语法错误/);
  });
});
