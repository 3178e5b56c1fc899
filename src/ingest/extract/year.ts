/** extract: the latest year (1949–2100) the text reports, written as 2017年 or 2017—2019年; null if none. */
export function latestYear(texts: readonly string[]): number | null {
  let latest: number | null = null;
  for (const text of texts) {
    for (const match of text.matchAll(/(?<!\d)((?:19|20)\d{2})(?=\s*(?:年|[—–-]\s*(?:19|20)\d{2}\s*年))/g)) {
      const year = Number(match[1]);
      if (year >= 1949 && year <= 2100 && (latest === null || year > latest)) latest = year;
    }
  }
  return latest;
}
