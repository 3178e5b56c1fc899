import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkBoundaries, compareWords, mergeWordStreams, rangeEnd } from './merge-words.ts';
import type { IndexedWord } from './word-index.ts';

/** A list of one posting on `page`: its locations [page % 24] (2 bytes), no meta locations (1), 4 more. */
const posting = (page: number) => ({
  count: 1,
  first: page,
  last: page,
  size: 7,
  rest: Uint8Array.of(0x81, page % 24, 0x80),
});
/** Words from few characters, so they share prefixes; one outside the BMP, one just below it. */
const wordText = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom('1', '0', '工', '会', '作', '𠮷', '！'), minLength: 1, maxLength });
const word = (text: string, pages: number[], variants: IndexedWord['variants'] = []): IndexedWord => ({
  word: text,
  postings: pages.map(posting),
  variants,
});

describe('compareWords', () => {
  it('orders by code point, as Pagefind (Rust) sorts and searches words', () => {
    expect(compareWords('工会', '工作')).toBeLessThan(0);
    expect(compareWords('1028', '10283')).toBeLessThan(0);
    expect(compareWords('驿站', '驿站')).toBe(0);
    // U+20BB7 (a surrogate pair in UTF-16) sorts after U+FF01, unlike in UTF-16 unit order.
    expect(compareWords('𠮷', '！')).toBeGreaterThan(0);
    expect('𠮷' < '！').toBe(true);
  });
});

describe('mergeWordStreams', () => {
  it('interleaves the streams in word order and joins a word found in several, pages in stream order', () => {
    const first = [word('八大', [0, 2]), word('驿站', [1])];
    const second = [word('八大', [3], [{ form: 'x', postings: [posting(4)] }]), word('司机', [5])];
    const merged = [...mergeWordStreams([first, second])];
    expect(merged.map((entry) => entry.word)).toEqual(['八大', '司机', '驿站']);
    expect(merged[0]!.postings.map((entry) => entry.first)).toEqual([0, 2, 3]);
    expect(merged[0]!.variants).toEqual([{ form: 'x', postings: [posting(4)] }]);
  });

  it('keeps every word of every stream, sorted', () => {
    const sortedWords = fc.uniqueArray(wordText(3), { maxLength: 20 }).map((words) => [...words].sort(compareWords));
    fc.assert(
      fc.property(fc.array(sortedWords, { minLength: 1, maxLength: 4 }), (streams) => {
        const merged = [...mergeWordStreams(streams.map((words, stream) => words.map((text) => word(text, [stream]))))];
        expect(merged.map((entry) => entry.word)).toEqual([...new Set(streams.flat())].sort(compareWords));
        expect(merged.reduce((sum, entry) => sum + entry.postings.length, 0)).toBe(streams.flat().length);
      }),
    );
  });
});

describe('rangeEnd', () => {
  it('ends a range with the shortest word between two chunks', () => {
    expect(rangeEnd('台州四个加法纪实', '台州市')).toBe('台州\u56dc');
    expect(rangeEnd('技术', '技能')).toBe('技术');
    expect(rangeEnd('1028', '10283')).toBe('1028');
    // No shorter word fits between neighbouring code points.
    expect(rangeEnd('ab9', 'ac')).toBe('ab9');
    expect(rangeEnd('abz', 'ad')).toBe('ac');
  });

  it('lies at or after the last word and before the next', () => {
    fc.assert(
      fc.property(wordText(5), wordText(5), (a, b) => {
        fc.pre(compareWords(a, b) < 0);
        const end = rangeEnd(a, b);
        expect(compareWords(a, end)).toBeLessThanOrEqual(0);
        expect(compareWords(end, b)).toBeLessThan(0);
        expect(Array.from(end).length).toBeLessThanOrEqual(Array.from(a).length);
      }),
    );
  });
});

describe('chunkBoundaries', () => {
  it('shortens a chunk’s first word to one character past what it shares with the previous chunk, as Pagefind does', () => {
    // Chunks as (first, last) word pairs in, ranges as (from, to) pairs out.
    const chunks = (...words: string[]) =>
      words.flatMap((first, index) => (index % 2 === 0 ? [{ first, last: words[index + 1]! }] : []));
    const ranges = (...words: string[]) =>
      words.flatMap((from, index) => (index % 2 === 0 ? [{ from, to: words[index + 1]! }] : []));
    // From a Pagefind 1.6 bundle's chunk list: … '1028' | '10283' …
    expect(chunkBoundaries(chunks('00', '1028', '10283', '1195'))).toEqual(ranges('00', '1028', '10283', '1195'));
    expect(chunkBoundaries(chunks('工会', '工作者', '市总', '驿站'))).toEqual(ranges('工会', '左', '市', '驿站'));
  });

  /** The chunks Pagefind's runtime loads for a term (pagefind_web/src/lib.rs request_indexes): in range, else by prefix. */
  const chunksFor = (term: string, bounds: Array<{ from: string; to: string }>): number[] => {
    const chars = Array.from(term);
    const prefix = (text: string, length: number) => Array.from(text).slice(0, length).join('');
    const strict = bounds.flatMap(({ from, to }, index) =>
      compareWords(term, from) >= 0 && compareWords(term, to) <= 0 ? [index] : [],
    );
    if (strict.length > 0) return strict;
    return bounds.flatMap(({ from, to }, index) => {
      const fromLength = Math.min(chars.length, Array.from(from).length);
      const toLength = Math.min(chars.length, Array.from(to).length);
      return compareWords(prefix(term, fromLength), prefix(from, fromLength)) >= 0 &&
        compareWords(prefix(term, toLength), prefix(to, toLength)) <= 0
        ? [index]
        : [];
    });
  };

  it('leads Pagefind to the chunk a word is in, and to no other', () => {
    // Pagefind's own boundaries (`to` shortened to 技能大) would load 技能's chunk for 技能大赛 too.
    const bounds = chunkBoundaries([
      { first: '技改', last: '技术' },
      { first: '技能', last: '技能' },
      { first: '技能大赛', last: '技能大赛' },
      { first: '技能竞赛', last: '技艺' },
    ]);
    expect(chunksFor('技能大赛', bounds)).toEqual([2]);
    expect(chunksFor('技能', bounds)).toEqual([1]);
  });

  it('gives ranges in which Pagefind finds exactly the chunk each word is in', () => {
    const words = fc
      .uniqueArray(wordText(4), { minLength: 2, maxLength: 40 })
      .map((list) => [...list].sort(compareWords));
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 5 }), (sorted, size) => {
        const chunks: string[][] = [];
        for (let at = 0; at < sorted.length; at += size) chunks.push(sorted.slice(at, at + size));
        const bounds = chunkBoundaries(chunks.map((chunk) => ({ first: chunk[0]!, last: chunk.at(-1)! })));
        chunks.forEach((chunk, index) => {
          for (const entry of chunk) expect(chunksFor(entry, bounds)).toEqual([index]);
        });
      }),
    );
  });
});
