// The part of CBOR (RFC 8949) Pagefind's index files use: unsigned and negative integers, byte and
// text strings and arrays, all of definite length. A Reader walks an encoded buffer item by item,
// so a merge can copy the parts it does not change as raw bytes.

export type CborValue = number | string | Uint8Array | CborValue[];

const major = { unsigned: 0, negative: 1, bytes: 2, text: 3, array: 4 } as const;
const utf8Decoder = new TextDecoder();
const utf8Encoder = new TextEncoder();

export class Reader {
  offset = 0;
  readonly buffer: Uint8Array;
  constructor(buffer: Uint8Array) {
    this.buffer = buffer;
  }

  private header(): { type: number; argument: number } {
    const initial = this.buffer[this.offset];
    if (initial === undefined) throw new Error(`CBOR: unexpected end at byte ${this.offset}`);
    this.offset += 1;
    const type = initial >> 5;
    const info = initial & 31;
    if (info < 24) return { type, argument: info };
    const width = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (width === 0) throw new Error(`CBOR: unsupported item (initial byte ${initial}) at byte ${this.offset - 1}`);
    let argument = 0;
    for (let index = 0; index < width; index += 1) argument = argument * 256 + this.buffer[this.offset + index]!;
    this.offset += width;
    return { type, argument };
  }

  private expect(expected: number, name: string): number {
    const at = this.offset;
    const { type, argument } = this.header();
    if (type !== expected) throw new Error(`CBOR: expected ${name} at byte ${at}, found major type ${type}`);
    return argument;
  }

  arrayLength(): number {
    return this.expect(major.array, 'an array');
  }

  integer(): number {
    const at = this.offset;
    const { type, argument } = this.header();
    if (type === major.unsigned) return argument;
    if (type === major.negative) return -1 - argument;
    throw new Error(`CBOR: expected an integer at byte ${at}, found major type ${type}`);
  }

  text(): string {
    const length = this.expect(major.text, 'a text string');
    const text = utf8Decoder.decode(this.buffer.subarray(this.offset, this.offset + length));
    this.offset += length;
    return text;
  }

  /** Any item, decoded. */
  value(): CborValue {
    const start = this.offset;
    const { type, argument } = this.header();
    switch (type) {
      case major.unsigned:
        return argument;
      case major.negative:
        return -1 - argument;
      case major.bytes:
      case major.text: {
        const content = this.buffer.subarray(this.offset, this.offset + argument);
        this.offset += argument;
        return type === major.text ? utf8Decoder.decode(content) : content.slice();
      }
      case major.array:
        return Array.from({ length: argument }, () => this.value());
      default:
        throw new Error(`CBOR: unsupported major type ${type} at byte ${start}`);
    }
  }

  /** The next item's encoded bytes, not decoded. */
  raw(): Uint8Array {
    const start = this.offset;
    this.skip();
    return this.buffer.subarray(start, this.offset);
  }

  /** Passes over the next item. */
  skip(): void {
    const { type, argument } = this.header();
    if (type === major.bytes || type === major.text) this.offset += argument;
    else if (type === major.array) for (let index = 0; index < argument; index += 1) this.skip();
  }
}

/** Encodes items into one growing buffer. */
export class Writer {
  private buffer: Uint8Array;
  private length = 0;

  /** `capacity`: bytes to start with; the buffer doubles when they run out. */
  constructor(capacity = 1024) {
    this.buffer = new Uint8Array(capacity);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + extra));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  private push(part: Uint8Array): this {
    this.reserve(part.length);
    this.buffer.set(part, this.length);
    this.length += part.length;
    return this;
  }

  private header(type: number, argument: number): this {
    this.reserve(9);
    // Most arguments are small deltas and lengths: checked and written in one step.
    if (argument >= 0 && argument < 24 && Number.isInteger(argument)) {
      this.buffer[this.length++] = (type << 5) | argument;
      return this;
    }
    if (!Number.isSafeInteger(argument) || argument < 0) throw new Error(`CBOR: cannot encode ${argument}`);
    const width = argument < 0x100 ? 1 : argument < 0x10000 ? 2 : argument < 0x100000000 ? 4 : 8;
    this.buffer[this.length] = (type << 5) | (width === 1 ? 24 : width === 2 ? 25 : width === 4 ? 26 : 27);
    let rest = argument;
    for (let index = width; index >= 1; index -= 1) {
      this.buffer[this.length + index] = rest % 256;
      rest = Math.floor(rest / 256);
    }
    this.length += 1 + width;
    return this;
  }

  arrayHeader(length: number): this {
    return this.header(major.array, length);
  }

  integer(value: number): this {
    return value >= 0 ? this.header(major.unsigned, value) : this.header(major.negative, -1 - value);
  }

  text(value: string): this {
    const encoded = utf8Encoder.encode(value);
    return this.header(major.text, encoded.length).push(encoded);
  }

  /** Bytes already encoded (an item copied from a Reader's `raw`). */
  raw(encoded: Uint8Array): this {
    return this.push(encoded);
  }

  value(value: CborValue): this {
    if (typeof value === 'number') return this.integer(value);
    if (typeof value === 'string') return this.text(value);
    if (value instanceof Uint8Array) return this.header(major.bytes, value.length).push(value);
    this.arrayHeader(value.length);
    for (const item of value) this.value(item);
    return this;
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  /** The bytes encoded so far, not copied: valid until the writer writes again. */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
