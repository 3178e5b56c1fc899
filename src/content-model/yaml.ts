// The one way content YAML (measures, categories, regions, source settings, front matter) is
// parsed: every problem comes back as `file:line` with the field and what to do.
import { LineCounter, parseDocument, type Document } from 'yaml';

/** A content file that is wrong; the message names file, line, field and the fix. */
export class ContentFileError extends Error {
  override name = 'ContentFileError';
}

/** A parsed YAML text that can say on which line any of its fields is. */
export interface YamlText {
  file: string;
  document: Document;
  lines: LineCounter;
  value: unknown;
}

/** The first syntax error of a YAML text: its 1-based line and the parser's one-line message. */
export interface YamlSyntaxError {
  line: number;
  message: string;
}

/** Parses YAML; a syntax error is returned with its line instead of a value. */
export function parseYaml(text: string, file: string): YamlText | { syntaxError: YamlSyntaxError } {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const [first] = document.errors;
  if (first) {
    return { syntaxError: { line: lines.linePos(first.pos[0]).line, message: first.message.split('\n')[0] ?? '' } };
  }
  return { file, document, lines, value: document.toJS() };
}

/** Parses YAML or throws a {@link ContentFileError} naming the line of the syntax error. */
export function readYaml(text: string, file: string): YamlText {
  const parsed = parseYaml(text, file);
  if ('syntaxError' in parsed) {
    const { line, message } = parsed.syntaxError;
    throw new ContentFileError(
      `${file}:${line} YAML 语法错误：${message}\n  修改方法：检查缩进、冒号后的空格和引号是否成对。`,
    );
  }
  return parsed;
}

/** Line of the deepest node along `fieldPath` that the file has (1 for the whole file). */
export function lineOf({ document, lines }: YamlText, fieldPath: readonly PropertyKey[]): number {
  for (let depth = fieldPath.length; depth >= 0; depth--) {
    const node = document.getIn(fieldPath.slice(0, depth) as unknown[], true) as
      { range?: [number, number, number] } | undefined;
    if (node?.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

/** `file:line 字段 a.b：problem` plus the fix, as every content error reads. */
export function fieldProblem(yaml: YamlText, fieldPath: readonly PropertyKey[], problem: string, fix: string): string {
  const field = fieldPath.length ? fieldPath.join('.') : '(整个文件)';
  return `${yaml.file}:${lineOf(yaml, fieldPath)} 字段 ${field}：${problem}\n  修改方法：${fix}`;
}
