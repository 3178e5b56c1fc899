import { describe, expect, it } from 'vitest';
import { Reader, Writer, type CborValue } from './cbor.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const fromHex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));

// Encodings from RFC 8949, appendix A.
const examples: Array<[CborValue, string]> = [
  [0, '00'],
  [23, '17'],
  [24, '1818'],
  [100, '1864'],
  [1000, '1903e8'],
  [1000000, '1a000f4240'],
  [1000000000000, '1b000000e8d4a51000'],
  [-1, '20'],
  [-1000, '3903e7'],
  ['a', '6161'],
  ['\u6c34', '63e6b0b4'],
  [[1, [2, 3], [4, 5]], '8301820203820405'],
  [Uint8Array.of(1, 2, 3, 4), '4401020304'],
];

describe('CBOR', () => {
  it('encodes and decodes the RFC 8949 examples', () => {
    for (const [value, encoded] of examples) {
      expect(hex(new Writer().value(value).bytes())).toBe(encoded);
      expect(new Reader(fromHex(encoded)).value()).toEqual(value);
    }
  });

  it('reads items one at a time and copies an item without decoding it', () => {
    const reader = new Reader(fromHex('8301820203820405'));
    expect(reader.arrayLength()).toBe(3);
    expect(reader.integer()).toBe(1);
    const copied = reader.raw();
    expect(hex(copied)).toBe('820203');
    expect(reader.value()).toEqual([4, 5]);
    expect(reader.offset).toBe(8);
    expect(hex(new Writer().arrayHeader(2).raw(copied).text('工会').bytes())).toBe('82820203' + '66e5b7a5e4bc9a');
  });

  it('says where the input is not what was expected', () => {
    expect(() => new Reader(fromHex('6161')).integer()).toThrow(/expected an integer at byte 0/);
    expect(() => new Reader(fromHex('83')).value()).toThrow(/unexpected end at byte 1/);
    expect(() => new Reader(fromHex('9f')).value()).toThrow(/unsupported item/);
  });
});
