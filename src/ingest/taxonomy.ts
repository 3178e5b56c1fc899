import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, isMap, isSeq, parseDocument, type Document } from 'yaml';
import { measureCategorySchema, measureSchema, type MeasureEntry } from '../schemas/measure.ts';
import { slugSchema } from '../schemas/case.ts';

export type { MeasureEntry };

/** A problem in a taxonomy file, located for the editor. */
export class TaxonomyError extends Error {
  override name = 'TaxonomyError';
}

interface Located {
  file: string;
  document: Document;
  lines: LineCounter;
}

function lineOf({ document, lines }: Located, fieldPath: readonly PropertyKey[]): number {
  for (let depth = fieldPath.length; depth >= 0; depth--) {
    const node = document.getIn(fieldPath.slice(0, depth) as unknown[], true) as
      { range?: [number, number, number] } | undefined;
    if (node?.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

function fail(where: Located, fieldPath: readonly PropertyKey[], problem: string, fix: string): never {
  const field = fieldPath.length ? fieldPath.join('.') : '(整个文件)';
  throw new TaxonomyError(`${where.file}:${lineOf(where, fieldPath)} 字段 ${field}：${problem}\n  修改方法：${fix}`);
}

function readYaml(file: string, displayName: string): Located & { value: unknown } {
  const lines = new LineCounter();
  const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines, prettyErrors: false });
  const where = { file: displayName, document, lines };
  const [syntaxError] = document.errors;
  if (syntaxError) {
    const line = syntaxError.linePos?.[0]?.line ?? 1;
    throw new TaxonomyError(
      `${displayName}:${line} YAML 语法错误：${syntaxError.message.split('\n')[0]}\n  修改方法：检查缩进、冒号后的空格和引号是否成对。`,
    );
  }
  return { ...where, value: document.toJS() };
}

function readCategories(contentDir: string): Set<string> {
  const file = path.join(contentDir, 'measure-categories.yaml');
  const where = readYaml(file, path.relative(process.cwd(), file) || file);
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
        '对照 src/schemas/measure.ts 中 measureCategorySchema 的说明填写。',
      );
    }
    ids.add(id as string);
  });
  return ids;
}

/**
 * Reads and validates every measure in `<contentDir>/measures/*.yaml` (the file name is the
 * id), checking that categories and related ids exist. Throws a {@link TaxonomyError} naming
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
    return { id: name.replace(/\.yaml$/, ''), ...readYaml(file, path.relative(process.cwd(), file) || file) };
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
      fail(where, at, issue.message, '对照 content/measures/README.md 与 src/schemas/measure.ts 中的字段说明修改。');
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
