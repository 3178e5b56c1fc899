import { regionTrail, type RegionData } from '../content-model/region.ts';
import { t } from '../i18n/t.ts';

/** A region as the content collection gives it. */
export interface RegionEntry {
  id: string;
  data: RegionData;
}

export interface ProvinceGroup<T extends RegionEntry> {
  province: string;
  regions: T[];
}

/** Pinyin order, as Chinese indexes sort place names. */
export const chineseCollator = new Intl.Collator('zh-CN');

const levelOrder: Record<RegionData['level'], number> = { province: 0, city: 1, district: 2, area: 2, town: 3 };

/** Orders regions of one province: the province itself, then cities, then their districts. */
export function compareRegions(a: RegionEntry, b: RegionEntry): number {
  return (
    chineseCollator.compare(a.data.city ?? '', b.data.city ?? '') ||
    levelOrder[a.data.level] - levelOrder[b.data.level] ||
    chineseCollator.compare(a.data.name, b.data.name)
  );
}

/** Groups regions by province, provinces and regions in pinyin order. */
export function groupRegionsByProvince<T extends RegionEntry>(regions: readonly T[]): ProvinceGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const region of regions) {
    const list = groups.get(region.data.province) ?? [];
    list.push(region);
    groups.set(region.data.province, list);
  }
  return [...groups]
    .sort(([a], [b]) => chineseCollator.compare(a, b))
    .map(([province, list]) => ({ province, regions: list.sort(compareRegions) }));
}

/** Where a case is, as a list or a case page says it: the trail joined, or 地区不详 while unknown. */
export function placeLabel(region: RegionData | null, separator = ' · '): string {
  return region ? regionTrail(region).join(separator) : t('case.regionUnknown');
}

/** Regions inside a province- or city-level region (顺义区 and 房山区 inside 北京市). */
export function subRegions<T extends RegionEntry>(parent: RegionEntry, regions: readonly T[]): T[] {
  const { level, name } = parent.data;
  if (level !== 'province' && level !== 'city') return [];
  const inside = (region: T) => (level === 'province' ? region.data.province === name : region.data.city === name);
  return regions.filter((region) => region.id !== parent.id && inside(region)).sort(compareRegions);
}

/** The province- or city-level region of that name, if the archive has one (for links up the trail). */
export function enclosingRegion<T extends RegionEntry>(name: string, regions: readonly T[]): T | undefined {
  return regions.find(
    (region) => region.data.name === name && (region.data.level === 'province' || region.data.level === 'city'),
  );
}
