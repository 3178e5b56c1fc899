/** One provincial-level division as a square of the tile-grid cartogram. */
export interface ProvinceTile {
  /** Full name as in content/regions.yaml's `province`, e.g. 内蒙古自治区. */
  name: string;
  /** Short name written on the tile. */
  short: string;
  /** First two digits of the GB/T 2260 code; used in anchors (#province-15). */
  code: string;
  /** Grid column (west → east) and row (north → south). */
  col: number;
  row: number;
}

/**
 * All 34 provincial-level divisions, each in its rough place on a 9 × 7 grid. No borders
 * or outlines are drawn: a geographic map of China needs an approved standard map.
 */
export const provinceTiles: readonly ProvinceTile[] = [
  { name: '黑龙江省', short: '黑龙江', code: '23', col: 8, row: 0 },
  { name: '新疆维吾尔自治区', short: '新疆', code: '65', col: 0, row: 1 },
  { name: '内蒙古自治区', short: '内蒙古', code: '15', col: 5, row: 1 },
  { name: '北京市', short: '北京', code: '11', col: 6, row: 1 },
  { name: '辽宁省', short: '辽宁', code: '21', col: 7, row: 1 },
  { name: '吉林省', short: '吉林', code: '22', col: 8, row: 1 },
  { name: '青海省', short: '青海', code: '63', col: 1, row: 2 },
  { name: '甘肃省', short: '甘肃', code: '62', col: 2, row: 2 },
  { name: '宁夏回族自治区', short: '宁夏', code: '64', col: 3, row: 2 },
  { name: '陕西省', short: '陕西', code: '61', col: 4, row: 2 },
  { name: '山西省', short: '山西', code: '14', col: 5, row: 2 },
  { name: '河北省', short: '河北', code: '13', col: 6, row: 2 },
  { name: '天津市', short: '天津', code: '12', col: 7, row: 2 },
  { name: '西藏自治区', short: '西藏', code: '54', col: 1, row: 3 },
  { name: '四川省', short: '四川', code: '51', col: 2, row: 3 },
  { name: '重庆市', short: '重庆', code: '50', col: 3, row: 3 },
  { name: '湖北省', short: '湖北', code: '42', col: 4, row: 3 },
  { name: '河南省', short: '河南', code: '41', col: 5, row: 3 },
  { name: '山东省', short: '山东', code: '37', col: 6, row: 3 },
  { name: '云南省', short: '云南', code: '53', col: 2, row: 4 },
  { name: '贵州省', short: '贵州', code: '52', col: 3, row: 4 },
  { name: '湖南省', short: '湖南', code: '43', col: 4, row: 4 },
  { name: '安徽省', short: '安徽', code: '34', col: 5, row: 4 },
  { name: '江苏省', short: '江苏', code: '32', col: 6, row: 4 },
  { name: '上海市', short: '上海', code: '31', col: 7, row: 4 },
  { name: '广西壮族自治区', short: '广西', code: '45', col: 3, row: 5 },
  { name: '广东省', short: '广东', code: '44', col: 4, row: 5 },
  { name: '江西省', short: '江西', code: '36', col: 5, row: 5 },
  { name: '浙江省', short: '浙江', code: '33', col: 6, row: 5 },
  { name: '海南省', short: '海南', code: '46', col: 3, row: 6 },
  { name: '澳门特别行政区', short: '澳门', code: '82', col: 4, row: 6 },
  { name: '香港特别行政区', short: '香港', code: '81', col: 5, row: 6 },
  { name: '福建省', short: '福建', code: '35', col: 6, row: 6 },
  { name: '台湾省', short: '台湾', code: '71', col: 7, row: 6 },
];

const byName = new Map(provinceTiles.map((tile) => [tile.name, tile]));

/** The tile of a province display name, or undefined for a name that is not a province. */
export function provinceTile(name: string): ProvinceTile | undefined {
  return byName.get(name);
}

/** Anchor id of a province's section on the region index. */
export function provinceAnchor(name: string): string {
  const code =
    provinceTile(name)?.code ?? [...name].map((character) => character.codePointAt(0)?.toString(36)).join('');
  return `province-${code}`;
}
