import { describe, expect, it } from 'vitest';
import { broaderMeasures, closest, measuresNamed, similarity } from './suggest.ts';

const measures = [
  {
    label: '暖心驿站',
    names: ['户外劳动者服务站'],
    narrower: ['母婴关爱室'],
    href: '/measures/warm-stations/',
  },
  { label: '党建带工建', names: ['党工共建'], href: '/measures/party-building/' },
  { label: '经费保障', names: [], href: '/measures/funding/' },
];

describe('closest', () => {
  it('leads a near miss to the measure', () => {
    expect(closest('暖心站', measures).map((s) => s.label)).toEqual(['暖心驿站']);
    expect(closest('党工', measures)[0]?.label).toBe('党建带工建');
  });
  it('offers nothing that shares no character pair', () => {
    expect(closest('八大员', measures)).toEqual([]);
  });
  it('similarity is 1 for equal texts', () => {
    expect(similarity('经费保障', '经费保障')).toBe(1);
  });
});

describe('measuresNamed', () => {
  it('finds a measure by its name or an alias, whatever the spacing, script or quotes', async () => {
    const { toSimplified } = await import('../../content-model/simplified.ts');
    expect(measuresNamed('党工共建', measures).map((m) => m.label)).toEqual(['党建带工建']);
    expect(measuresNamed('“暖心驛站”', measures, toSimplified).map((m) => m.label)).toEqual(['暖心驿站']);
    expect(measuresNamed('暖心', measures)).toEqual([]);
  });
});

describe('broaderMeasures', () => {
  it('finds the measure a narrower term belongs to, which measuresNamed does not', () => {
    expect(broaderMeasures('母婴关爱室', measures).map((m) => m.label)).toEqual(['暖心驿站']);
    expect(measuresNamed('母婴关爱室', measures)).toEqual([]);
    expect(broaderMeasures('暖心驿站', measures)).toEqual([]);
  });
  it('leads a near miss of a narrower term to its measure', () => {
    expect(closest('母婴室', measures).map((m) => m.label)).toEqual(['暖心驿站']);
  });
});
