/**
 * Ids (cases, regions, measures) are lowercase ASCII words joined by hyphens: readable in a URL
 * and on a slide. Free of the schema library, so browser code can check an id the same way.
 */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Passage anchors (`p-7f3k2a`, heading ids): a lowercase letter, then letters, digits and hyphens. */
export const anchorPattern = /^[a-z][a-z0-9-]*$/;

/** A whole-string pattern without its `^…$`, to build a longer one from it. */
const body = (pattern: RegExp) => pattern.source.slice(1, -1);

/** A case page's path, or one of its passages' (`/cases/<id>/`, `/cases/<id>/#<anchor>`). */
export const casePathPattern = new RegExp(`^/cases/${body(slugPattern)}/(?:#${body(anchorPattern)})?$`);
