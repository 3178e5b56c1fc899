// The `measures` meta of a case or measure page (CaseSearchMeta.astro, MeasureSearchMeta.astro):
// names and aliases of its measures. Pagefind indexes meta values as words split at whitespace,
// so ` | ` keeps each name one word of its own, and the search page reads them back.

export function formatMeasureNames(names: readonly string[]): string {
  return names.join(' | ');
}

export function parseMeasureNames(meta: string | undefined): string[] {
  return (meta ?? '')
    .split('|')
    .map((name) => name.trim())
    .filter(Boolean);
}
