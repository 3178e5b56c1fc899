import { wideCharacter } from '../chars.ts';

const latin = /[A-Za-z]/;

/**
 * Glues two halves of a hard-wrapped line. Chinese needs no space at a wrap; two Latin
 * words do.
 */
export function joinWrapped(left: string, right: string): string {
  const last = left.at(-1) ?? '';
  const first = right[0] ?? '';
  if (latin.test(last) && latin.test(first)) return `${left} ${right}`;
  if (wideCharacter.test(last) || wideCharacter.test(first)) return left + right;
  return left + right;
}

/** Joins the lines of one column chunk into one string. */
export function joinLines(lines: readonly string[]): string {
  return lines.reduce((joined, line, index) => (index === 0 ? line : joinWrapped(joined, line)), '');
}
