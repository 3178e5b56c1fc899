import { describe, expect, it } from 'vitest';
import { parseIndexManifest } from './index-manifest.ts';

describe('parseIndexManifest', () => {
  it('reads the bundles and whether the index holds Traditional text', () => {
    expect(parseIndexManifest({ bundles: ['/pagefind/', '/pagefind/shard-1/'], traditional: false, frequentPairs: ['工会', '职工'] })).toEqual({
      bundles: ['/pagefind/', '/pagefind/shard-1/'],
      traditional: false,
      frequentPairs: ['工会', '职工'],
    });
  });
  it('falls back to the one bundle, searched in both scripts', () => {
    expect(parseIndexManifest(null)).toEqual({ bundles: ['/pagefind/'], traditional: true, frequentPairs: [] });
    expect(parseIndexManifest({ bundles: [], frequentPairs: '工会' })).toEqual({ bundles: ['/pagefind/'], traditional: true, frequentPairs: [] });
  });
});
