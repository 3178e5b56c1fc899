// The bench's targets and its printed table.

export interface Target {
  name: string;
  /** What was measured, as printed. */
  value: string;
  limit: string;
  met: boolean;
}

export function target(
  name: string,
  value: number | null,
  limit: number,
  unit: string,
  atMost = true,
  digits = 1,
): Target {
  const shown = value === null || Number.isNaN(value) ? '—' : `${value.toFixed(digits)} ${unit}`.trim();
  const met = value !== null && !Number.isNaN(value) && (atMost ? value <= limit : value >= limit);
  return { name, value: shown, limit: `${atMost ? '≤' : '≥'} ${limit} ${unit}`.trim(), met };
}

/** A plain-text table: one header row, then the rows, columns padded to their widest cell. */
export function table(headers: string[], rows: Array<Array<string | number>>): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const width = (text: string) =>
    [...text].reduce((sum, character) => sum + (/[\u1100-\uffff]/.test(character) ? 2 : 1), 0);
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => width(row[column] ?? ''))));
  const line = (row: string[]) =>
    row.map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - width(cell))).join('  ');
  return [line(cells[0] ?? []), widths.map((size) => '-'.repeat(size)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

export function targetsTable(targets: Target[]): string {
  return table(
    ['target', 'measured', 'limit', 'met'],
    targets.map((entry) => [entry.name, entry.value, entry.limit, entry.met ? 'yes' : 'NO']),
  );
}

/** The item whose `value` is the median (the lower middle of an even count); null for none. */
export function medianBy<T>(items: T[], value: (item: T) => number): T | null {
  const sorted = [...items].sort((a, b) => value(a) - value(b));
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}
