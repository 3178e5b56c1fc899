import { shortName, type Division } from '../extract/gazetteer.ts';
import type { Region } from '../../content-model/region.ts';
import { pinyinSlug } from './slug.ts';

function entryOf(id: string, division: Division): Region {
  const city = division.level === 'province' ? null : division.city;
  const entry: Region = {
    id,
    name: division.name,
    level: division.level,
    province: division.province,
    city,
    code: division.code,
  };
  // Only a town names its county: other entries keep the shape regions.yaml always had.
  if (division.level === 'town' && division.county) entry.county = division.county;
  return entry;
}

const sameDivision = (entry: Region, division: Division) =>
  entry.name === division.name &&
  entry.province === division.province &&
  (division.level === 'province' || entry.city === division.city) &&
  (entry.county ?? null) === (division.level === 'town' ? (division.county ?? null) : null);

/**
 * The region id for a division: the existing entry's id if content/regions.yaml has it
 * (ids never change), else the pinyin of its short name, with the province added when
 * another place already holds that id (台州 taizhou / 泰州 taizhou-jiangsu).
 */
export function regionFor(division: Division, entries: readonly Region[]): { entry: Region; isNew: boolean } {
  const existing = entries.find((entry) => sameDivision(entry, division));
  if (existing) return { entry: existing, isNew: false };
  const base = pinyinSlug(shortName(division.name) ?? division.name);
  const taken = new Set(entries.map((entry) => entry.id));
  let id = base;
  if (taken.has(id)) id = `${base}-${pinyinSlug(shortName(division.province) ?? division.province)}`;
  for (let counter = 2; taken.has(id); counter++) id = `${base}-${counter}`;
  return { entry: entryOf(id, division), isNew: true };
}
