import { describe, expect, it } from 'vitest';
import { regionTrail, type RegionData } from '../content-model/region.ts';
import { enclosingRegion, groupRegionsByProvince, placeLabel, subRegions } from './region-groups.ts';

const region = (id: string, data: Partial<RegionData> & Pick<RegionData, 'name' | 'province'>) => ({
  id,
  data: { level: 'district', city: null, code: null, ...data } as RegionData,
});

const shunyi = region('shunyi', { name: '顺义区', province: '北京市', city: '北京市' });
const fangshan = region('fangshan', { name: '房山区', province: '北京市', city: '北京市' });
const beijing = region('beijing', { name: '北京市', province: '北京市', level: 'province' });
const taizhou = region('taizhou', { name: '台州市', province: '浙江省', city: '台州市', level: 'city' });
const liangjiang = region('liangjiang', { name: '两江新区', province: '重庆市', city: '重庆市', level: 'area' });

describe('groupRegionsByProvince', () => {
  it('groups by province in pinyin order, the province itself before its districts', () => {
    const groups = groupRegionsByProvince([taizhou, shunyi, liangjiang, fangshan, beijing]);
    expect(groups.map((group) => group.province)).toEqual(['北京市', '重庆市', '浙江省']);
    expect(groups[0]?.regions.map((entry) => entry.id)).toEqual(['beijing', 'fangshan', 'shunyi']);
  });

  it('is empty for no regions', () => {
    expect(groupRegionsByProvince([])).toEqual([]);
  });
});

describe('placeLabel', () => {
  it('joins the trail, or says 地区不详 for a case whose region is unknown', () => {
    expect(placeLabel(shunyi.data)).toBe('北京市 · 顺义区');
    expect(placeLabel(shunyi.data, ' ')).toBe('北京市 顺义区');
    expect(placeLabel(null)).toBe('地区不详');
  });
});

describe('regionTrail', () => {
  it('names province → city → region once each', () => {
    expect(regionTrail(shunyi.data)).toEqual(['北京市', '顺义区']);
    expect(regionTrail(taizhou.data)).toEqual(['浙江省', '台州市']);
    expect(regionTrail(beijing.data)).toEqual(['北京市']);
    expect(regionTrail(region('x', { name: '城关区', province: '甘肃省', city: '兰州市' }).data)).toEqual([
      '甘肃省',
      '兰州市',
      '城关区',
    ]);
  });
});

describe('subRegions and enclosingRegion', () => {
  const all = [shunyi, fangshan, beijing, taizhou, liangjiang];

  it('finds the districts of a province-level city, and none for a district', () => {
    expect(subRegions(beijing, all).map((entry) => entry.id)).toEqual(['fangshan', 'shunyi']);
    expect(subRegions(shunyi, all)).toEqual([]);
    expect(subRegions(taizhou, all)).toEqual([]);
  });

  it('finds the region page of a name up the trail, only at province or city level', () => {
    expect(enclosingRegion('北京市', all)?.id).toBe('beijing');
    expect(enclosingRegion('重庆市', all)).toBeUndefined();
    expect(enclosingRegion('顺义区', all)).toBeUndefined();
  });
});
