import { casePathPattern } from '../content-model/slug.ts';

/** Where a passage's on-demand QR page lives: `/qr/?to=/cases/<id>/%23<anchor>`. */
export function passageQrHref(caseId: string, anchor: string): string {
  return `/qr/?to=${encodeURIComponent(`/cases/${caseId}/#${anchor}`)}`;
}

/**
 * The absolute URL the QR page should encode for its `to` parameter, or null when `to` is not
 * a case or passage path of this archive (the page must not mint QR codes for other sites).
 */
export function passageQrUrl(to: string | null, site: string): string | null {
  if (!to || !casePathPattern.test(to)) return null;
  return new URL(to, site).href;
}
