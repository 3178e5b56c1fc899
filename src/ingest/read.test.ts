import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readSource, SourceError } from './read.ts';

const text = '融入大党建 共下一盘棋\n□本报记者 张江艳\n';
const read = (bytes: Uint8Array) => readSource({ name: 'x.txt', bytes });

describe('readSource', () => {
  it('decodes UTF-8 with and without BOM, UTF-16 and GB18030/GBK to the same text', () => {
    const expected = read(new TextEncoder().encode(text)).text;
    expect(expected).toBe(text);
    expect(read(new TextEncoder().encode(`\ufeff${text}`)).text).toBe(text);
    expect(read(iconv.encode(`\ufeff${text}`, 'utf16le'))).toMatchObject({ text, encoding: 'UTF-16LE' });
    expect(read(iconv.encode(`\ufeff${text}`, 'utf16be'))).toMatchObject({ text, encoding: 'UTF-16BE' });
    expect(read(iconv.encode(text, 'gbk'))).toMatchObject({ text, encoding: 'GB18030' });
  });

  it('stops on an empty, binary or undecodable file with the reason and what to do', () => {
    expect(() => read(new Uint8Array())).toThrow(SourceError);
    expect(() => read(new Uint8Array())).toThrow(/x\.txt：文件是空的[\s\S]*处理办法/);
    expect(() => read(Uint8Array.from([0, 1, 2, 3, 0, 0, 5, 6, 7, 8, 0, 0]))).toThrow(/二进制/);
    expect(() => read(Uint8Array.from([0x41, 0xff, 0xff, 0xff, 0x42]))).toThrow(/无法识别文件的编码/);
  });
});
