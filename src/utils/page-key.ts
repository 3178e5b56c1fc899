import { createHash } from 'node:crypto';
import type { Page } from 'astro';
import type { CollectionEntry } from 'astro:content';

/**
 * A `cacheKey` for Astro's incremental build (astro.config.mjs): a digest of what a page shows,
 * so that Astro renders the page again exactly when that changed. The taxonomy, the code and
 * SITE_URL are not part of any key: a change to them makes the build a full one
 * (scripts/lib/build-cache.ts).
 */
export function pageKey(...shown: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url');
}

/**
 * Everything a page can show of one case file: the digest the cases loader gave the file's text
 * (src/loaders/case-files.ts), so that keys need not serialize every case's whole text again
 * (seconds at 10,000 cases). Entries without one (made outside the loader) fall back to their data and body.
 */
export function caseFileKey({
  digest,
  data,
  body,
}: Pick<CollectionEntry<'cases'>, 'digest' | 'data' | 'body'>): unknown {
  return digest ?? [data, body];
}

/** What a case list (src/components/CaseList.astro) shows of one case. */
export function listedCase({ id, data }: Pick<CollectionEntry<'cases'>, 'id' | 'data'>): unknown[] {
  return [id, data.kicker, data.title, data.subtitle, data.region, data.year];
}

/** Paginated entries with their key: the page, its items as `shownItem` sees them, and `extra`. */
export function keyedPages<T, P extends { props: { page: Page<T> } }>(
  pages: P[],
  shownItem: (item: T) => unknown,
  ...extra: unknown[]
): Array<P & { cacheKey: string }> {
  return pages.map((entry) => {
    const { data, ...page } = entry.props.page;
    return { ...entry, cacheKey: pageKey(page, data.map(shownItem), ...extra) };
  });
}
