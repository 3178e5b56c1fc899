/**
 * Characters that MDX or Markdown would read as syntax inside a line of text.
 * Escaping them with a backslash keeps every source character literal.
 */
const syntaxCharacters = /[\\`*_{}[\]<>&~|]/g;

/** Escapes raw text so MDX shows it literally. */
export function escapeMdxText(text: string): string {
  return text.replace(syntaxCharacters, (character) => `\\${character}`);
}

/** Reverses {@link escapeMdxText} (and any other backslash escape of ASCII punctuation). */
export function unescapeMdxText(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Escapes a value for a double-quoted JSX attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Reverses {@link escapeAttribute}. */
export function unescapeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
