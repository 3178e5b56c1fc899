import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq } from 'yaml';
import { slugSchema } from './case.ts';
import { measureCategorySchema, measureSchema, type MeasureEntry } from './measure.ts';
import { ContentFileError, fieldProblem, readYaml, type YamlText } from './yaml.ts';

function fail(where: YamlText, fieldPath: readonly PropertyKey[], problem: string, fix: string): never {
  throw new ContentFileError(fieldProblem(where, fieldPath, problem, fix));
}

function readFile(file: string): YamlText {
  return readYaml(readFileSync(file, 'utf8'), path.relative(process.cwd(), file) || file);
}

function readCategories(contentDir: string): Set<string> {
  const file = path.join(contentDir, 'measure-categories.yaml');
  const where = readFile(file);
  if (!isSeq(where.document.contents))
    fail(where, [], '应为分类列表', '每项写成 `- id: party-leadership` 加 name 和 order。');
  const ids = new Set<string>();
  (where.value as unknown[]).forEach((item, index) => {
    const id = (item as { id?: unknown })?.id;
    if (!slugSchema.safeParse(id).success)
      fail(where, [index, 'id'], `分类 id ${JSON.stringify(id)} 不合规`, '用小写英文和连字符，例如 party-leadership。');
    const result = measureCategorySchema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      fail(
        where,
        [index, ...issue.path],
        issue.message,
        '对照 src/content-model/measure.ts 中 measureCategorySchema 的说明填写。',
      );
    }
    ids.add(id as string);
  });
  return ids;
}

/**
 * Reads and validates every measure in `<contentDir>/measures/*.yaml` (the file name is the
 * id), checking that categories and related ids exist. Throws a {@link ContentFileError} naming
 * file, line, field and the fix.
 */
export function loadTaxonomy(contentDir: string): MeasureEntry[] {
  const categories = readCategories(contentDir);
  const folder = path.join(contentDir, 'measures');
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const located = files.map((name) => {
    const file = path.join(folder, name);
    return { id: name.replace(/\.yaml$/, ''), ...readFile(file) };
  });
  const ids = new Set(located.map(({ id }) => id));
  return located.map((where) => {
    if (!slugSchema.safeParse(where.id).success)
      fail(
        where,
        [],
        `文件名 ${where.id} 不能作为举措 id`,
        '把文件改名为小写英文加连字符，例如 party-building-leads-union.yaml。',
      );
    if (!isMap(where.document.contents))
      fail(where, [], '应为键值对（name、category、definition …）', '参照 content/measures/README.md 的示例。');
    const result = measureSchema.safeParse(where.value);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      // An unknown key is named by its own line, not its parent's.
      const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      fail(
        where,
        at,
        issue.message,
        '对照 content/measures/README.md 与 src/content-model/measure.ts 中的字段说明修改。',
      );
    }
    const data = result.data;
    if (!categories.has(data.category)) {
      fail(
        where,
        ['category'],
        `分类 ${data.category} 不存在`,
        `改用 content/measure-categories.yaml 中的一个：${[...categories].join('、')}。`,
      );
    }
    data.related.forEach((related, index) => {
      if (!ids.has(related))
        fail(where, ['related', index], `相关举措 ${related} 不存在`, `改用已有举措 id：${[...ids].join('、')}。`);
    });
    return { id: where.id, ...data };
  });
}
