import { readFileSync } from 'node:fs';
import { parsePassages } from './passages.ts';

/** A `measures="…"` id on a passage that names no file in `content/measures/`. */
export interface UnknownMeasure {
  file: string;
  line: number;
  passage: string;
  id: string;
}

/** Line of the first body line in an MDX file (after the `---` front matter), 1-based. */
function bodyStartLine(source: string, body: string): number {
  const offset = source.lastIndexOf(body);
  return offset < 0 ? 1 : source.slice(0, offset).split('\n').length;
}

/**
 * Finds measure ids in one case file's passages that are not in the taxonomy.
 *
 * @param source the whole file, to number lines as the editor sees them
 * @param body the MDX body (the collection entry's `body`)
 */
export function findUnknownMeasures(
  file: string,
  source: string,
  body: string,
  validIds: ReadonlySet<string>,
): UnknownMeasure[] {
  return parsePassages(body, bodyStartLine(source, body)).flatMap((passage) =>
    passage.measures
      .filter((id) => !validIds.has(id))
      .map((id) => ({ file, line: passage.line, passage: passage.id, id })),
  );
}

/** The build error an editor reads: each place, then what to do and the valid ids. */
export function unknownMeasuresMessage(problems: readonly UnknownMeasure[], validIds: ReadonlySet<string>): string {
  const places = problems.map(
    ({ file, line, passage, id }) => `  ${file}:${line} 段落 ${passage}：举措 id “${id}” 不存在`,
  );
  return [
    `案例文件中有 ${problems.length} 处未知的改革举措 id：`,
    ...places,
    '修改方法：把 measures="…" 里的 id 改成下列之一（多个 id 用空格分隔），或在 content/measures/ 中新增这项举措（见 content/measures/README.md）。',
    `有效的举措 id：${[...validIds].sort().join(' ')}`,
  ].join('\n');
}

/** The parts of a case collection entry the check reads. */
export interface CheckedCase {
  id: string;
  body?: string | undefined;
  filePath?: string | undefined;
}

/** Fails the build when any passage of any case names an unknown measure. */
export function assertKnownMeasures(cases: readonly CheckedCase[], validIds: ReadonlySet<string>): void {
  const problems = cases.flatMap((entry) => {
    const body = entry.body ?? '';
    const file = entry.filePath ?? `content/cases/${entry.id}.mdx`;
    const found = findUnknownMeasures(file, body, body, validIds);
    // The file is read only to number the lines of what is wrong as the editor sees them.
    if (found.length === 0 || !entry.filePath) return found;
    return findUnknownMeasures(file, readFileSync(entry.filePath, 'utf8'), body, validIds);
  });
  if (problems.length) throw new Error(unknownMeasuresMessage(problems, validIds));
}
