import { describe, expect, it } from 'vitest';
import { parseIndexManifest } from './index-manifest.ts';

describe('parseIndexManifest', () => {
  it('reads the bundles and whether the index holds Traditional text', () => {
    expect(parseIndexManifest({ bundles: ['/pagefind/', '/pagefind/shard-1/'], traditional: false })).toEqual({
      bundles: ['/pagefind/', '/pagefind/shard-1/'],
      traditional: false,
    });
  });
  it('falls back to the one bundle, searched in both scripts', () => {
    expect(parseIndexManifest(null)).toEqual({ bundles: ['/pagefind/'], traditional: true });
    expect(parseIndexManifest({ bundles: [] })).toEqual({ bundles: ['/pagefind/'], traditional: true });
  });
});
