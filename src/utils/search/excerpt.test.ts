import { describe, expect, it } from 'vitest';
import { findSpans, quote, readable, type Segment } from './excerpt.ts';
import { toSimplified } from '../../content-model/simplified.ts';

/** The excerpt of a quote. */
const excerpt = (...args: Parameters<typeof quote>): Segment[] => quote(...args).segments;
/** The spellings of a quote. */
const spellingsOf = (text: string, terms: string[], fold?: Parameters<typeof quote>[3], loose?: boolean) =>
  quote(text, terms, 80, fold, loose).strings;

const passage = '这是北京市建成的第一家暖心驿站，无论是像快递小哥这样的户外劳动者，还是环卫工人，都可以在这里歇歇脚。';

describe('findSpans', () => {
  it('finds the whole term, not single characters', () => {
    expect(findSpans(passage, ['暖心驿站'])).toEqual([{ start: 11, end: 15 }]);
  });
  it('sees through layout spaces and Traditional spelling', () => {
    const text = '全年新建工会 84 个，建成暖心驛站9650家';
    expect(spellingsOf(text, ['84个'], toSimplified)).toEqual(['84个']);
    expect(findSpans(text, ['84个'])).toEqual([{ start: 7, end: 11 }]);
    expect(spellingsOf(text, ['暖心驿站'], toSimplified)).toEqual(['暖心驛站']);
  });
  it('counts characters outside the Basic Multilingual Plane as one', () => {
    expect(findSpans('𠀀𠀁工会 𠀂工会', ['工会'])).toEqual([
      { start: 2, end: 4 },
      { start: 6, end: 8 },
    ]);
  });
  it('takes time in proportion to the text: 200,000 characters holding the term 20,000 times', () => {
    const text = '全区工会推进改革，'.repeat(22_222);
    const started = performance.now();
    expect(findSpans(text, ['工会'])).toHaveLength(22_222);
    expect(performance.now() - started).toBeLessThan(1000);
  });
  it('names the spellings of a long page up to 20,000 characters after its first match', () => {
    const filler = '全区推进改革，'.repeat(2_000); // 14,000 characters
    const near = `${filler}暖心驿站${filler}暖心驛站`;
    expect(spellingsOf(near, ['暖心驿站'], toSimplified)).toEqual(['暖心驿站', '暖心驛站']);
    const far = `${filler}暖心驿站${filler.repeat(2)}暖心驛站`;
    expect(spellingsOf(far, ['暖心驿站'], toSimplified)).toEqual(['暖心驿站']);
  });
});

describe('quote', () => {
  it('marks the query inside a window around the first hit', () => {
    const segments = excerpt(passage, ['暖心驿站'], 20);
    expect(segments.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['暖心驿站']);
    expect(segments.map((segment) => segment.text).join('')).toMatch(/^….*…$/u);
  });
  it('ends before a term the window would cut, rather than marking half of it', () => {
    const text = '这是北京市建成的第一家暖心驿站，近年来，工会服务站、职工之家、职工暖心驿站遍布全市。';
    const segments = excerpt(text, ['暖心驿站'], 30);
    expect(segments.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['暖心驿站']);
    expect(segments.map((segment) => segment.text).join('')).toBe(
      '…市建成的第一家暖心驿站，近年来，工会服务站、职工之家、职工…',
    );
  });
  it('marks a term said with punctuation inside when asked to match loosely', () => {
    const text = '推广“三补贴”“三挂钩”等经验';
    expect(spellingsOf(text, ['三补贴三挂钩'])).toEqual([]);
    expect(spellingsOf(text, ['三补贴三挂钩'], undefined, true)).toEqual(['三补贴”“三挂钩']);
    const marks = excerpt(text, ['三补贴三挂钩'], 40, undefined, true).filter((segment) => segment.mark);
    expect(marks.map((segment) => segment.text)).toEqual(['三补贴”“三挂钩']);
  });
  it('finds a first match far into a long page (the prefix searched grows until it holds one)', () => {
    const text = `${'全区推进改革，'.repeat(20_000)}建成暖心驿站`;
    const marks = excerpt(text, ['暖心驿站'], 20).filter((segment) => segment.mark);
    expect(marks.map((segment) => segment.text)).toEqual(['暖心驿站']);
  });
  it('starts at the beginning when nothing matches', () => {
    const segments = excerpt(passage, ['八大员'], 10);
    expect(segments[0]).toEqual({ text: '这是北京市建成的第一', mark: false });
    expect(segments.some((segment) => segment.mark)).toBe(false);
  });
});

describe('readable', () => {
  it('drops layout spaces by Chinese text, keeps them between Latin words', () => {
    expect(readable('把推进 “ 八大员 ”( 货车司机 、 快递员')).toBe('把推进“八大员”(货车司机、快递员');
    expect(readable('打开 “北京工会12351” 手机 APP  download now')).toBe('打开“北京工会12351”手机APP download now');
  });
});
