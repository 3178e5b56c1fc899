/** Joins list values inside one CSV cell; a full-width semicolon never occurs inside a name. */
export const csvListSeparator = '；';

/** Byte-order mark: without it Excel on Windows reads UTF-8 CSV as the ANSI code page. */
const bom = '\uFEFF';

/** Quotes a field when RFC 4180 requires it (comma, quote, line break) or spaces would be trimmed. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Encodes a table as UTF-8 CSV text with BOM and CRLF line ends, as Excel expects. */
export function encodeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${bom}${lines.join('\r\n')}\r\n`;
}
