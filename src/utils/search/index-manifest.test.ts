import { describe, expect, it } from 'vitest';
import { parseIndexManifest } from './index-manifest.ts';

describe('parseIndexManifest', () => {
  it('reads where the bundle is, whether the index holds Traditional text and its frequent pairs', () => {
    expect(parseIndexManifest({ bundle: '/pagefind/3f9a/', traditional: false, frequentPairs: ['工会', '职工'] })).toEqual({
      bundle: '/pagefind/3f9a/',
      traditional: false,
      frequentPairs: ['工会', '职工'],
    });
  });
  it('falls back to Pagefind’s own place, both scripts and no frequent pairs', () => {
    const fallback = { bundle: '/pagefind/', traditional: true, frequentPairs: [] };
    expect(parseIndexManifest(null)).toEqual(fallback);
    expect(parseIndexManifest({ bundle: 'pagefind', frequentPairs: '工会' })).toEqual(fallback);
  });
});
