import { describe, expect, it } from 'vitest';
import { entryCacheTag, parseIndexManifest } from './index-manifest.ts';

describe('parseIndexManifest', () => {
  const startFiles = ['pagefind.en_3f9a.pf_meta', 'wasm.en.pagefind'];

  it('reads where the bundle is, what Pagefind loads first, whether the index holds Traditional text and its frequent pairs', () => {
    expect(
      parseIndexManifest({
        bundle: '/pagefind/3f9a/',
        startFiles,
        traditional: false,
        frequentPairs: ['工会', '职工'],
      }),
    ).toEqual({
      bundle: '/pagefind/3f9a/',
      startFiles,
      traditional: false,
      frequentPairs: ['工会', '职工'],
    });
  });
  it('falls back to Pagefind’s own place, nothing to load ahead, both scripts and no frequent pairs', () => {
    const fallback = { bundle: '/pagefind/', startFiles: [], traditional: true, frequentPairs: [] };
    expect(parseIndexManifest(null)).toEqual(fallback);
    expect(parseIndexManifest({ bundle: 'pagefind', startFiles, frequentPairs: '工会' })).toEqual(fallback);
  });
  it('keeps only plain file names to load ahead', () => {
    expect(
      parseIndexManifest({ bundle: '/pagefind/3f9a/', startFiles: ['../x.js', 'wasm.en.pagefind', 7] }).startFiles,
    ).toEqual(['wasm.en.pagefind']);
  });
});

describe('entryCacheTag', () => {
  it('is the bundle folder’s name', () => {
    expect(entryCacheTag('/pagefind/45b3d2656a/')).toBe('45b3d2656a');
  });
});
