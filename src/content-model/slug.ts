/**
 * Ids (cases, regions, measures) are lowercase ASCII words joined by hyphens: readable in a URL
 * and on a slide. Free of the schema library, so browser code can check an id the same way.
 */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
