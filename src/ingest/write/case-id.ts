import { shortName, type Division } from '../extract/gazetteer.ts';
import { titleSlug } from './slug.ts';

/**
 * What the titles of articles whose region is unknown start with (县总工会开展…, 市总工会举办…):
 * left out of their id, which has no region before it, so that two such ids differ.
 */
const unplacedWords = ['省总工会', '市总工会', '区总工会', '县总工会', '总工会', '工会'];

/**
 * A new case id: region id + a short title slug (shunyi-rongru-dadangjian), or the title slug
 * alone while the region is unknown — a permanent id never carries a placeholder. Chosen once;
 * after that the manifest keeps it, whatever happens to the title.
 */
export function newCaseId(regionId: string | null, division: Division | null, title: string): string {
  const skip = division
    ? [division.name, ...division.aliases, shortName(division.province) ?? division.province]
    : unplacedWords;
  const slug = titleSlug(title, skip) || 'anli';
  return regionId ? `${regionId}-${slug}` : slug;
}
