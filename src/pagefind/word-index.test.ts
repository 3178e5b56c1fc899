import { describe, expect, it } from 'vitest';
import { Reader, Writer, type CborValue } from './cbor.ts';
import { decodeWordChunk, encodeWordChunk, renumberMetaLocs } from './word-index.ts';

// Two words as a Pagefind 1.6 chunk holds them (decoded from a bundle of the pair index): page
// numbers delta-encoded per word, locations behind a weight marker, meta locations behind a field marker.
const chunk: CborValue = [
  [
    [
      '家单',
      [
        [1, [-25, 3006], []],
        [8, [-25, 556], []],
      ],
      [],
    ],
    ['楼宇工会', [[1, [], [-2, 0, -4, 0]]], []],
  ],
];
const encoded = new Writer().value(chunk).bytes();

describe('word-index chunks', () => {
  it('decodes absolute page numbers and encodes them back to the same bytes', () => {
    const words = decodeWordChunk(encoded);
    expect(words.map(({ word, postings }) => [word, postings.map((posting) => posting.page)])).toEqual([
      ['家单', [1, 9]],
      ['楼宇工会', [1]],
    ]);
    expect(new Reader(words[0]!.postings[1]!.locs).value()).toEqual([-25, 556]);
    expect(Buffer.from(encodeWordChunk(words)).equals(Buffer.from(encoded))).toBe(true);
  });

  it('moves pages by a bundle offset and renames meta fields to their merged numbers', () => {
    const words = decodeWordChunk(encoded, { pageOffset: 100, metaFields: [0, 3, 1, 2] });
    expect(words[0]!.postings.map((posting) => posting.page)).toEqual([101, 109]);
    expect(new Reader(words[1]!.postings[0]!.metaLocs).value()).toEqual([-4, 0, -3, 0]);
    // Re-encoded, the first page of a word is a delta from 0 again.
    expect(new Reader(encodeWordChunk(words)).value()).toEqual([
      [
        [
          '家单',
          [
            [101, [-25, 3006], []],
            [8, [-25, 556], []],
          ],
          [],
        ],
        ['楼宇工会', [[101, [], [-4, 0, -3, 0]]], []],
      ],
    ]);
  });

  it('refuses a meta field the bundle does not list', () => {
    expect(() => renumberMetaLocs(new Writer().value([-7, 0]).bytes(), [0, 1])).toThrow(/meta field 6/);
  });
});
