import { wideCharacter } from './chars.ts';
import type { SourceLine } from './types.ts';

const digit = /\d/;
const fullWidth: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

/** Half-width `(…)` around or beside Chinese text becomes `（…）`. */
function widenParentheses(line: string): string {
  return line
    .replace(/\(([^()]*)\)/g, (match, inner: string, offset: number) => {
      const before = line[offset - 1] ?? '';
      const after = line[offset + match.length] ?? '';
      const chinese = wideCharacter.test(inner) || wideCharacter.test(before) || wideCharacter.test(after);
      return chinese ? `（${inner}）` : match;
    })
    .replace(/[()]/g, (mark, offset: number) => {
      // A pair split by a hard line break (县(市、 / 区)党委) is seen one half per line.
      const neighbours = (line[offset - 1] ?? '') + (line[offset + 1] ?? '');
      return wideCharacter.test(neighbours) ? (mark === '(' ? '（' : '）') : mark;
    });
}

/**
 * Half-width `, ; : ? !` next to a Chinese character becomes full-width — never between
 * digits (1,000 · 10:30), nor in a URL (http://), nor in Latin text.
 */
function widenPunctuation(line: string): string {
  return line.replace(/[,;:?!]/g, (mark, offset: number) => {
    const before = line[offset - 1] ?? '';
    const after = line[offset + 1] ?? '';
    if (digit.test(before) && digit.test(after)) return mark;
    if (mark === ':' && after === '/') return mark;
    return wideCharacter.test(before) || wideCharacter.test(after) ? (fullWidth[mark] ?? mark) : mark;
  });
}

/** normalize: line endings, Unicode NFC, stray BOM and width of punctuation in Chinese text. */
export function normalizeLine(text: string): string {
  return widenPunctuation(
    widenParentheses(
      text
        .normalize('NFC')
        .replace(/\ufeff/g, '')
        .replace(/[\s\u3000]+$/u, '')
        .replace(/^[\s\u3000]+/u, ''),
    ),
  );
}

/** normalize: text → trimmed lines with their source line numbers (blank lines kept as ''). */
export function normalizeText(text: string): SourceLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, index) => ({ text: normalizeLine(line), line: index + 1 }));
}

/**
 * Spaces next to a Chinese character are layout (justified newspaper columns), not content:
 * they go; spaces between Latin words and numbers stay.
 */
export function removeLayoutSpaces(text: string): string {
  return text.replace(/[ \t\u00a0\u3000]+/g, (space, offset: number) => {
    const before = text[offset - 1];
    const after = text[offset + space.length];
    if (before === undefined || after === undefined) return '';
    return wideCharacter.test(before) || wideCharacter.test(after) ? '' : ' ';
  });
}

/**
 * Display lines (titles, headings) keep the deliberate space of a two-part headline
 * (融入大党建 共下一盘棋) but lose letter-spacing (打 开 → 打开).
 */
export function tidyDisplaySpaces(text: string): string {
  const words = text.split(/[ \t\u00a0\u3000]+/).filter(Boolean);
  return words.reduce((joined, word, index) => {
    if (index === 0) return word;
    const previous = words[index - 1] ?? '';
    const letterSpaced = [...previous].length === 1 || [...word].length === 1;
    const wide = wideCharacter.test(previous.at(-1) ?? '') || wideCharacter.test(word[0] ?? '');
    return joined + (wide && letterSpaced ? '' : ' ') + word;
  }, '');
}
