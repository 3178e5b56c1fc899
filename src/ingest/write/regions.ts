import { shortName, type Division } from '../extract/gazetteer.ts';
import { pinyinSlug } from './slug.ts';

/** An entry of content/regions.yaml (see src/schemas/region.ts). */
export interface RegionEntry {
  id: string;
  name: string;
  level: 'province' | 'city' | 'district' | 'area' | 'town';
  province: string;
  city: string | null;
  /** Only for towns: the district or county they lie in. */
  county?: string | null;
  code: string | null;
}

function entryOf(id: string, division: Division): RegionEntry {
  const city = division.level === 'province' ? null : division.city;
  const entry: RegionEntry = { id, name: division.name, level: division.level, province: division.province, city };
  if (division.level === 'town') entry.county = division.county ?? null;
  return { ...entry, code: division.code };
}

const sameDivision = (entry: RegionEntry, division: Division) =>
  entry.name === division.name &&
  entry.province === division.province &&
  (division.level === 'province' || entry.city === division.city) &&
  (entry.county ?? null) === (division.county ?? null);

/**
 * The region id for a division: the existing entry's id if content/regions.yaml has it
 * (ids never change), else the pinyin of its short name, with the province added when
 * another place already holds that id (台州 taizhou / 泰州 taizhou-jiangsu).
 */
export function regionFor(division: Division, entries: readonly RegionEntry[]): { entry: RegionEntry; isNew: boolean } {
  const existing = entries.find((entry) => sameDivision(entry, division));
  if (existing) return { entry: existing, isNew: false };
  const base = pinyinSlug(shortName(division.name) ?? division.name);
  const taken = new Set(entries.map((entry) => entry.id));
  let id = base;
  if (taken.has(id)) id = `${base}-${pinyinSlug(shortName(division.province) ?? division.province)}`;
  for (let counter = 2; taken.has(id); counter++) id = `${base}-${counter}`;
  return { entry: entryOf(id, division), isNew: true };
}

/**
 * Where a case goes while its region is unknown (reported; the editor sets `region` in the
 * settings file): an entry of its own, so the site still builds.
 */
export const unknownRegion: RegionEntry = {
  id: 'weizhi',
  name: '地区未知',
  level: 'area',
  province: '未知',
  city: null,
  code: null,
};
