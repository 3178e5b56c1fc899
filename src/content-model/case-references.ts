import { parseDocument, type Document, type Node } from 'yaml';
import type { CaseFileProblem } from './case-file.ts';
import { parsePassages } from './passages.ts';
import { sourceNameProblem } from './source-name.ts';

/** 1-based file line of a node of the front matter (its YAML starts on line 2, after `---`). */
function fileLine(yaml: string, node: Node | null | undefined, fallback: number): number {
  const offset = node?.range?.[0];
  return offset === undefined ? fallback : yaml.slice(0, offset).split('\n').length + 1;
}

export interface CaseFileParts {
  /** The front matter as written, to number the lines of its fields. */
  yaml: string;
  fields: Record<string, unknown>;
  body: string;
  bodyLine: number;
}

/** What a case file may point to, as found on disk; a check is skipped when its set is absent. */
export interface KnownReferences {
  /** The raw files in content/sources/, which a case's `source` must name. */
  sources?: ReadonlySet<string> | undefined;
  /** The region ids of content/regions.yaml, which a case's `region` must name (or be null). */
  regions?: ReadonlySet<string> | undefined;
}

/** The editor's fix for a region id that names no region (quoted in case files' README too). */
function unknownRegionMessage(region: string, regions: ReadonlySet<string>): string {
  const ids = [...regions].sort();
  const shown = ids.length > 20 ? `${ids.slice(0, 20).join('、')} 等 ${ids.length} 个` : ids.join('、');
  return `字段 region “${region}” 不是 content/regions.yaml 中任何地区的 id：案例页、地区页和 /data/cases.json 都找不到它的地名。请改成 content/regions.yaml 中已有的 id（${shown || '目前一个也没有'}），或在 content/regions.yaml 中添加这个地区；不知道地区时写 region: null（页面显示“地区不详”）。`;
}

/**
 * What a case file points to that is not there: a key figure's `passage` naming no block of the
 * body (its 看原句 link and the anchor in /data/cases.json would lead nowhere), an anchor used twice
 * (a passage link would land on the first), a `source` that is not in content/sources/ (the
 * raw-text link would be a 404) or that no URL can carry (source-name.ts), a `region` that is no
 * region's id.
 */
export function referenceProblems(parts: CaseFileParts, known: KnownReferences = {}): CaseFileProblem[] {
  const { sources, regions } = known;
  const problems: CaseFileProblem[] = [];
  const anchors = new Map<string, number>();
  for (const passage of parsePassages(parts.body, parts.bodyLine)) {
    const first = anchors.get(passage.id);
    if (first === undefined) anchors.set(passage.id, passage.line);
    else
      problems.push({
        line: passage.line,
        message: `段落 id “${passage.id}” 在第 ${first} 行已经用过：同一案例中每段的 id 必须不同（段落链接只会跳到第一段）。请把这一段的 id 改成未用过的（如在末尾加 -2）。`,
      });
  }
  // Parsed again only to number the lines of a problem: most files have none.
  let document: Document | undefined;
  const lineOfField = (...path: Array<string | number>) => {
    document ??= parseDocument(parts.yaml);
    return fileLine(parts.yaml, document.getIn(path, true) as Node | undefined, 2);
  };
  const figures = parts.fields['figures'];
  if (Array.isArray(figures)) {
    figures.forEach((item: unknown, index) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return;
      const { passage, label } = item as Record<string, unknown>;
      if (typeof passage !== 'string' || anchors.has(passage)) return;
      problems.push({
        line: lineOfField('figures', index, 'passage'),
        message: `关键数字第 ${index + 1} 条（${typeof label === 'string' ? label : '无统计项'}）的 passage “${passage}” 不是本文件中任何一段的 id：“看原句”链接和 /data/cases.json 会指向不存在的段落。请改成这句话所在段落的 id（正文中 id="…" 的值），或删去这条关键数字。`,
      });
    });
  }
  const source = parts.fields['source'];
  if (typeof source === 'string') {
    const badName = sourceNameProblem(source);
    if (badName) problems.push({ line: lineOfField('source'), message: `字段 source “${source}”：${badName}` });
    else if (sources && !sources.has(source))
      problems.push({
        line: lineOfField('source'),
        message: `字段 source “${source}” 在 content/sources/ 中找不到：“查看原始文本”链接会打不开。请改成 content/sources/ 里原始文件的文件名。`,
      });
  }
  const region = parts.fields['region'];
  if (typeof region === 'string' && regions && !regions.has(region))
    problems.push({ line: lineOfField('region'), message: unknownRegionMessage(region, regions) });
  return problems;
}
