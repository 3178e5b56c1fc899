// Checks every case file before the build reads it: front matter present and valid YAML, and no
// two files claiming the same id (Astro would only warn and silently publish one of them).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontMatter, splitFrontMatter } from '../../src/utils/front-matter.ts';

/** One message per problem: `file:line what is wrong — what to do`. */
export function checkCaseFiles(casesDir: string, shownAs: (file: string) => string = (file) => file): string[] {
  const problems: string[] = [];
  const owners = new Map<string, string>();
  const names = readdirSync(casesDir).filter((name) => name.endsWith('.mdx')).sort();
  for (const name of names) {
    const file = shownAs(path.join(casesDir, name));
    const parts = splitFrontMatter(readFileSync(path.join(casesDir, name), 'utf8'));
    if (!parts) {
      problems.push(`${file}:1 缺少前置元数据：文件必须以一行 --- 开始，字段写完后再以一行 --- 结束（见 content/cases/README.md）。`);
      continue;
    }
    const parsed = parseFrontMatter(parts.yaml);
    if ('error' in parsed) {
      const { line, field, message } = parsed.error;
      const where = field ? `字段 ${field}` : '前置元数据';
      problems.push(`${file}:${line} ${where} 不是有效的 YAML（${message}）：检查引号、方括号 [ ] 和冒号是否成对、缩进是否对齐。`);
      continue;
    }
    const id = typeof parsed.data['id'] === 'string' ? parsed.data['id'] : name.replace(/\.mdx$/, '');
    const owner = owners.get(id);
    if (owner) {
      problems.push(`${file}:2 字段 id “${id}” 已被 ${owner} 使用：id 决定永久网址 /cases/${id}/，必须唯一。请给其中一个案例换一个新的 id。`);
    } else {
      owners.set(id, file);
    }
  }
  return problems;
}
