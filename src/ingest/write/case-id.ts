import { shortName, type Division } from '../extract/gazetteer.ts';
import { titleSlug } from './slug.ts';

/**
 * A new case id: region id + a short title slug (shunyi-rongru-dadangjian), or the title slug
 * alone while the region is unknown — a permanent id never carries a placeholder. Chosen once;
 * after that the manifest keeps it, whatever happens to the title.
 */
export function newCaseId(regionId: string | null, division: Division | null, title: string): string {
  const skip = division ? [division.name, ...division.aliases, shortName(division.province) ?? division.province] : [];
  const slug = titleSlug(title, skip) || 'anli';
  return regionId ? `${regionId}-${slug}` : slug;
}
