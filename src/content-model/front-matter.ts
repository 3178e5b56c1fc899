import { parseDocument } from 'yaml';
import { parseYaml } from './yaml.ts';
import { detached } from './detached.ts';

export interface FrontMatterParts {
  yaml: string;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
}

/** Splits an MDX case file into its YAML front matter and body; null when there is no closed front matter. */
export function splitFrontMatter(source: string): FrontMatterParts | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return null;
  return { yaml: match[1] ?? '', body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** The body of a case file: everything after the front matter (the whole text when it has none). */
export function stripFrontMatter(source: string): string {
  return splitFrontMatter(source)?.body ?? source;
}

export interface FrontMatterError {
  /** 1-based line in the file (the opening `---` is line 1). */
  line: number;
  /** The top-level field the error is in, when it can be told. */
  field: string | null;
  message: string;
}

/** Top-level entries of a YAML mapping: a `key:` line and the indented lines after it. */
function topLevelEntries(yaml: string): Array<{ key: string; line: number; text: string }> {
  const entries: Array<{ key: string; line: number; text: string }> = [];
  yaml.split('\n').forEach((line, index) => {
    const key = /^([^\s#][^:]*):/.exec(line)?.[1];
    const last = entries.at(-1);
    if (key !== undefined) entries.push({ key: key.trim(), line: index + 1, text: line });
    else if (last) last.text += `\n${line}`;
  });
  return entries;
}

/**
 * Parses front matter YAML; on a syntax error says where (file line) and in which field — the
 * first top-level entry that does not parse on its own, which is where the editor must look.
 */
export function parseFrontMatter(yaml: string): { data: Record<string, unknown> } | { error: FrontMatterError } {
  // From a copy: the fields' strings are cut from the text parsed, and a front matter cut from its
  // file would keep the whole file alive as long as any field is kept — every case's, to the end
  // of a build (docs/memory.md).
  const parsed = parseYaml(detached(yaml), '');
  if (!('syntaxError' in parsed)) {
    const data = parsed.value;
    if (data === null || data === undefined) return { data: {} };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { error: { line: 2, field: null, message: '前置元数据必须是“字段: 值”的列表' } };
    }
    return { data: data as Record<string, unknown> };
  }
  const culprit = topLevelEntries(yaml).find((entry) => parseDocument(entry.text).errors.length > 0);
  const line = culprit?.line ?? parsed.syntaxError.line;
  return { error: { line: line + 1, field: culprit?.key ?? null, message: parsed.syntaxError.message } };
}
