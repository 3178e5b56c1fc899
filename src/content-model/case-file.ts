import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseFrontMatter, splitFrontMatter } from './front-matter.ts';
import { referenceProblems, type KnownReferences } from './case-references.ts';
import { strayLines } from './passages.ts';

export interface CaseFileProblem {
  /** 1-based line in the file. */
  line: number;
  /** What is wrong and what to do, for an editor. */
  message: string;
}

export interface CaseFile {
  /** The case id: the `id` field, or else the file name. */
  id: string;
  /** Front matter fields, not yet checked against the schema. */
  fields: Record<string, unknown>;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
}

/** The case files of a cases folder, by name, in name order. */
export function caseFileNames(casesDir: string): string[] {
  return readdirSync(casesDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
}

/** A case's id: its `id` field, or else the file name without `.mdx`. */
export function caseIdOf(fields: Record<string, unknown>, fileName: string): string {
  return typeof fields['id'] === 'string' ? fields['id'] : path.basename(fileName, '.mdx');
}

/**
 * Reads one case file the way the case pages will (content/cases/README.md): front matter plus
 * a body of block components. Problems come back with their line, for the build to report.
 */
export function readCaseFile(
  source: string,
  fileName: string,
  known: KnownReferences = {},
): CaseFile | { problems: CaseFileProblem[] } {
  const parts = splitFrontMatter(source);
  if (!parts) {
    return {
      problems: [
        {
          line: 1,
          message:
            '缺少前置元数据：文件必须以一行 --- 开始，字段写完后再以一行 --- 结束（见 content/cases/README.md）。',
        },
      ],
    };
  }
  const parsed = parseFrontMatter(parts.yaml);
  if ('error' in parsed) {
    const { line, field, message } = parsed.error;
    const where = field ? `字段 ${field}` : '前置元数据';
    return {
      problems: [
        {
          line,
          message: `${where} 不是有效的 YAML（${message}）：检查引号、方括号 [ ] 和冒号是否成对、缩进是否对齐。`,
        },
      ],
    };
  }
  const stray = strayLines(parts.body, parts.bodyLine);
  if (stray.length > 0) {
    return {
      problems: stray.map(({ line, text }) => ({
        line,
        message: `这一行不是正文块（“${text.length > 20 ? `${text.slice(0, 20)}…` : text}”）：正文每行只能是一个 <P id="…">…</P>、<Heading>、<Turn>、<Caption> 或 <Credit>，否则不会显示在案例页上。请把文字放进相应的块里（见 content/cases/README.md）。`,
      })),
    };
  }
  const references = referenceProblems({ ...parts, fields: parsed.data }, known);
  if (references.length > 0) return { problems: references };
  const id = caseIdOf(parsed.data, fileName);
  return { id, fields: parsed.data, body: parts.body, bodyLine: parts.bodyLine };
}

/** A case file as found on disk. */
export interface CaseFileText {
  /** File name, e.g. `taizhou-sige-jiafa.mdx`. */
  name: string;
  /** How messages name the file, e.g. `content/cases/taizhou-sige-jiafa.mdx`. */
  shownAs: string;
  source: string;
}

/**
 * Reads every case file, collecting all problems (each `file:line what — what to do`) rather
 * than stopping at the first, so one build run lists everything an editor has to fix. Two
 * files claiming one id is a problem too: the id is the case's permanent URL. `known`: the raw
 * sources and region ids the case files may name. `readBefore`: files (by `shownAs`) read
 * without problems by an earlier run, same text and same `known`, with their id — not read
 * again (an incremental build of 10,000 cases changes a few), but their ids still count for clashes.
 */
export function readCaseFiles(
  files: readonly CaseFileText[],
  known: KnownReferences = {},
  readBefore: ReadonlyMap<string, string> = new Map(),
): {
  cases: Array<CaseFile & CaseFileText>;
  problems: string[];
} {
  const cases: Array<CaseFile & CaseFileText> = [];
  const problems: string[] = [];
  const claims = new Map<string, string[]>();
  for (const file of files) {
    const idBefore = readBefore.get(file.shownAs);
    const read = idBefore === undefined ? readCaseFile(file.source, file.name, known) : undefined;
    if (read && 'problems' in read) {
      problems.push(...read.problems.map(({ line, message }) => `${file.shownAs}:${line} ${message}`));
      continue;
    }
    const id = read?.id ?? idBefore!;
    const claimants = claims.get(id);
    if (claimants) {
      claimants.push(file.shownAs);
      continue;
    }
    claims.set(id, [file.shownAs]);
    if (read) cases.push({ ...read, ...file });
  }
  for (const [id, [owner, next, ...others]] of claims) {
    if (!next) continue;
    const more = others.length > 0 ? `，另有 ${others.length} 个文件也用了它：${others.join('、')}` : '';
    problems.push(
      `${next}:2 字段 id “${id}” 已被 ${owner} 使用${more}：id 决定永久网址 /cases/${id}/，必须唯一。请给${others.length > 0 ? '后面这些案例各' : '其中一个案例'}换一个新的 id。`,
    );
  }
  return { cases, problems };
}
