import type { Division } from './gazetteer.ts';

/** 北京市 → 北京, 吉林省 → 吉林, 广西壮族自治区 → 广西: how texts often name a province or city. */
const stem = (name: string) => name.replace(/(?:维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|省|市)$/, '');

/**
 * How firmly another division named beside a candidate places it: 3 it lies inside the candidate
 * (望京街道 in 北京's 朝阳区), 2 it is the candidate's city or shares it (海淀区 beside 朝阳区),
 * 1 it is in the candidate's province; 0 otherwise.
 */
function tie(candidate: Division, other: Division): number {
  if (other.name === candidate.name) return 0;
  if (other.level === 'town' && other.county === candidate.name && other.city === candidate.city) return 3;
  if (candidate.city !== null && (other.name === candidate.city || other.city === candidate.city)) return 2;
  return other.province === candidate.province ? 1 : 0;
}

/** Whether the text names the candidate's city (2) or province (1), in full or short (北京, 长春). */
export function parentsNamed(candidate: Division, text: string): number {
  const says = (name: string | null) =>
    !!name && name !== candidate.name && (text.includes(name) || text.includes(stem(name)));
  return says(candidate.city) ? 2 : says(candidate.province) ? 1 : 0;
}

/**
 * How much the other places a text (and its publication) names place the candidate: for each
 * other name, its best-placed bearer (城关镇 is in many counties: the one in the candidate's
 * counts), plus the candidate's city or province named.
 */
function placement(candidate: Division, others: readonly Division[], text: string): number {
  const best = new Map<string, number>();
  for (const other of others) best.set(other.name, Math.max(best.get(other.name) ?? 0, tie(candidate, other)));
  return [...best.values()].reduce((sum, value) => sum + value, parentsNamed(candidate, text));
}

/**
 * Places sharing a name (朝阳区 in 北京 and 长春) settled by the other places named and the
 * publication: the one they place best, or null when none stands out.
 */
export function settleByContext(
  homonyms: readonly Division[],
  others: readonly Division[],
  text: string,
): { division: Division; by: string } | null {
  const scored = homonyms.map((division) => ({ division, score: placement(division, others, text) }));
  const best = Math.max(...scored.map((entry) => entry.score));
  const top = scored.filter((entry) => entry.score === best);
  if (best <= 0 || top.length !== 1 || !top[0]) return null;
  const { division } = top[0];
  const by = others.find((other) => tie(division, other) > 0)?.name ?? division.city ?? division.province;
  return { division, by };
}

/** Whether `outer` contains `inner` (a city its districts, a district its towns). */
function contains(outer: Division, inner: Division): boolean {
  if (outer === inner) return false;
  if (outer.level === 'province') return inner.province === outer.name;
  if (outer.level === 'city') return inner.city === outer.name && inner.level !== 'city';
  return inner.level === 'town' && inner.county === outer.name && inner.city === outer.city;
}

/**
 * The divisions an outlet's name starts with (安徽宿松融媒 → 安徽省, 宿松县): 西工 inside
 * 陕西工人报 is no place.
 */
function leadingPlaces(publication: string, named: readonly Division[]): Division[] {
  const names = (division: Division) => [division.name, ...division.aliases];
  const leading = new Set<string>();
  for (let rest = publication, name: string | undefined; rest; rest = rest.slice(name.length)) {
    name = named
      .filter((division) => division.level !== 'town')
      .flatMap(names)
      .find((candidate) => rest.startsWith(candidate));
    if (!name) break;
    leading.add(name);
  }
  // Homonyms (长宁县, 长宁区) start the name alike: all of them, for the text to settle.
  return named.filter((division) => division.level !== 'town' && names(division).some((name) => leading.has(name)));
}

/** The level a bare 我市/市总工会 reference points to: 省 names a province, 市/区/县 a unit below. */
export type BareLevel = 'province' | 'local';

/**
 * The place an outlet's name says it serves (宿松融媒 → 宿松县, 长春晚报 → 长春市): its innermost
 * named division, settled by the text's places when the name is shared (长宁 → 长宁县 or 长宁区).
 * A provincial outlet (陕西工人报) covers many places: used only when the text speaks of its
 * own place (我市, 区总工会), and then only for what it is sure of, never a made-up district.
 */
export function publicationPlace(
  publication: string,
  named: readonly Division[],
  bare: BareLevel | null,
  others: readonly Division[],
  text: string,
): Division | null {
  const outlets = leadingPlaces(publication, named);
  const innermost = outlets.filter((division) => !outlets.some((other) => contains(division, other)));
  const place = innermost.length === 1 ? innermost[0] : settleByContext(innermost, others, text)?.division;
  if (!place) return null;
  if (bare === 'province') return place.level === 'province' ? place : null;
  return place.level === 'province' && bare === null ? null : place;
}

/**
 * The city several places named equally often all lie in (鹿城区 and 瓯海区 → 温州市): an
 * article about two of its districts is the city's. Null when they lie in different cities.
 */
export function sharedCity(places: readonly Division[], gazetteer: readonly Division[]): Division | null {
  const cities = new Set(places.map((place) => place.city));
  const [city] = cities;
  if (cities.size !== 1 || !city || places.some((place) => place.level === 'province')) return null;
  const province = places[0]?.province;
  return (
    gazetteer.find(
      (division) =>
        division.name === city &&
        division.province === province &&
        (division.level === 'city' || division.level === 'province'),
    ) ?? null
  );
}
