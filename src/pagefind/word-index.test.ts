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

/** A list's items after its first page delta, decoded: the first posting's locations, then each later posting. */
const restItems = (rest: Uint8Array): CborValue[] => {
  const reader = new Reader(rest);
  const items: CborValue[] = [];
  while (reader.offset < rest.length) items.push(reader.value());
  return items;
};

describe('word-index chunks', () => {
  it('reads each word’s postings as one encoded list, its absolute first and last page apart, and encodes them back to the same bytes', () => {
    const words = decodeWordChunk(encoded);
    expect(
      words.map(({ word, postings }) => [word, postings.map(({ count, first, last }) => [count, first, last])]),
    ).toEqual([
      ['家单', [[2, 1, 9]]],
      ['楼宇工会', [[1, 1, 1]]],
    ]);
    expect(restItems(words[0]!.postings[0]!.rest)).toEqual([[-25, 3006], [], [8, [-25, 556], []]]);
    expect(Buffer.from(encodeWordChunk(words)).equals(Buffer.from(encoded))).toBe(true);
  });

  it('sizes a list by its postings’ location bytes, 4 more each', () => {
    const [word] = decodeWordChunk(encoded);
    const locationBytes = [[-25, 3006], [], [-25, 556], []].reduce<number>(
      (sum, item) => sum + new Writer().value(item).bytes().length,
      0,
    );
    expect(word!.postings[0]!.size).toBe(locationBytes + 2 * 4);
  });

  it('joins one word’s lists from several bundles into the list one bundle of all their pages would hold', () => {
    const second: CborValue = [
      [
        [
          '家单',
          [
            [0, [-25, 77], []],
            [2, [-25, 78], []],
          ],
          [],
        ],
      ],
    ];
    const [fromFirst] = decodeWordChunk(encoded);
    const [fromSecond] = decodeWordChunk(new Writer().value(second).bytes(), { pageOffset: 20, metaFields: [] });
    const joined = encodeWordChunk([
      { word: '家单', postings: [...fromFirst!.postings, ...fromSecond!.postings], variants: [] },
    ]);
    expect(new Reader(joined).value()).toEqual([
      [
        [
          '家单',
          [
            [1, [-25, 3006], []],
            [8, [-25, 556], []],
            [11, [-25, 77], []],
            [2, [-25, 78], []],
          ],
          [],
        ],
      ],
    ]);
  });

  it('moves pages by a bundle offset and renames meta fields to their merged numbers', () => {
    const words = decodeWordChunk(encoded, { pageOffset: 100, metaFields: [0, 3, 1, 2] });
    expect(words[0]!.postings.map(({ first, last }) => [first, last])).toEqual([[101, 109]]);
    expect(restItems(words[1]!.postings[0]!.rest)).toEqual([[], [-4, 0, -3, 0]]);
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

  it('writes a posting without meta locations with an empty list of them, as Pagefind 1.6 does', () => {
    const older: CborValue = [
      [
        [
          '家单',
          [
            [3, [-25, 9]],
            [1, [-25, 10], [], 'extra'],
          ],
          [],
        ],
      ],
    ];
    const words = decodeWordChunk(new Writer().value(older).bytes());
    expect(new Reader(encodeWordChunk(words)).value()).toEqual([
      [
        [
          '家单',
          [
            [3, [-25, 9], []],
            [1, [-25, 10], []],
          ],
          [],
        ],
      ],
    ]);
  });

  it('refuses a meta field the bundle does not list', () => {
    expect(() => renumberMetaLocs(new Writer().value([-7, 0]).bytes(), [0, 1])).toThrow(/meta field 6/);
  });
});
