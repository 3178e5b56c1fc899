import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseFrontMatter, splitFrontMatter } from '../utils/front-matter.ts';

/**
 * A content loader for case files that reads them as data (front matter + body) instead of
 * compiling each into an MDX module: case pages render the body's passages directly
 * (src/utils/render-passages.ts). The files stay valid MDX for editors; 10,000 of them then
 * build in a fraction of the time and memory `glob()` + `render()` need.
 */
export function caseFiles(folder: string): Loader {
  return {
    name: 'case-files',
    async load({ store, parseData, generateDigest }) {
      store.clear();
      const names = readdirSync(folder).filter((name) => name.endsWith('.mdx')).sort();
      for (const name of names) {
        const filePath = path.join(folder, name);
        const source = readFileSync(filePath, 'utf8');
        const parts = splitFrontMatter(source);
        if (!parts) throw new Error(`${filePath}: 文件开头缺少以 --- 开始并以 --- 结束的前置元数据（front matter）。`);
        const parsed = parseFrontMatter(parts.yaml);
        if ('error' in parsed) throw new Error(`${filePath}:${parsed.error.line} 前置元数据有 YAML 语法错误：${parsed.error.message}`);
        const fields = parsed.data;
        const id = typeof fields['id'] === 'string' ? fields['id'] : name.replace(/\.mdx$/, '');
        const existing = store.get(id);
        if (existing) throw new Error(`${filePath}: id “${id}” 已被 ${existing.filePath} 使用；每个案例的 id 必须唯一。`);
        const data = await parseData({ id, data: fields, filePath });
        store.set({ id, data, body: parts.body, filePath: path.relative(process.cwd(), filePath), digest: generateDigest(source) });
      }
    },
  };
}
