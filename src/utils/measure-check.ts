import type { Passage } from '../content-model/passages.ts';

/** What the build-start checks need of a passage: its anchor, its measure ids and its line. */
export type CheckedPassage = Pick<Passage, 'id' | 'measures' | 'line'>;

/** A `measures="…"` id on a passage that names no file in `content/measures/`. */
export interface UnknownMeasure {
  file: string;
  line: number;
  passage: string;
  id: string;
}

/** Measure ids on a case file's passages that are not in the taxonomy. */
export function findUnknownMeasures(
  file: string,
  passages: readonly CheckedPassage[],
  validIds: ReadonlySet<string>,
): UnknownMeasure[] {
  return passages.flatMap((passage) =>
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
