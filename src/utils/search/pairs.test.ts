import { describe, expect, it } from 'vitest';
import { bigramHtml, bigramQuery, bigramText, brokenPhraseQueries, phraseQuery, unpairText } from './pairs.ts';

describe('unpairText', () => {
  it('chains the pairs Pagefind returns with plain spaces', () => {
    expect(unpairText('把推 推进 “ 八大 大员 ”( 货车 车司 司机 、 快递 递员')).toBe('把推进 “ 八大员 ”( 货车司机 、 快递员');
  });
  it('undoes the index’s pairing of a real sentence, up to spaces', () => {
    const sentence = '全年新建独立企业工会84个，建成职工暖心驿站9650家。';
    const indexed = bigramText(sentence).replace(/\s+/g, ' ');
    expect(unpairText(indexed).replace(/\s+/g, '')).toBe(sentence);
  });
  it('keeps single characters and Latin words apart', () => {
    expect(unpairText('打 开 北京 京工 工会 12351 手机 APP')).toBe('打 开 北京工会 12351 手机 APP');
  });
});

describe('search text as character pairs', () => {
  it('turns each run of Chinese characters into overlapping pairs and leaves other text alone', () => {
    expect(bigramText('暖心驿站')).toBe(' 暖心 心驿 驿站 ');
    expect(bigramText('会APP，12351')).toBe(' 会 APP，12351');
    expect(bigramText('打开“北京工会12351”')).toBe(' 打开 “ 北京 京工 工会 12351”');
  });

  it('makes a query of the same pairs, separated by single spaces', () => {
    expect(bigramQuery('暖心驿站 货车司机')).toBe('暖心 心驿 驿站 货车 车司 司机');
    expect(bigramQuery('八大员')).toBe('八大 大员');
    expect(bigramQuery('会')).toBe('会');
  });

  it('changes only the text of HTML, not tags, attributes, scripts or styles', () => {
    const html = '<h1 id="h-1" title="大党建">大党建</h1><script>const a = "中文";</script><style>p{}</style>';
    expect(bigramHtml(html)).toBe('<h1 id="h-1" title="大党建"> 大党 党建 </h1><script>const a = "中文";</script><style>p{}</style>');
  });
});

describe('phraseQuery', () => {
  it('asks Pagefind for the pairs at consecutive positions', () => {
    expect(phraseQuery('八大员')).toBe('"八大 大员"');
    expect(phraseQuery('北京工会12351')).toBe('"北京 京工 工会 12351"');
  });
  it('gives up on a lone character, which the index holds only inside a pair', () => {
    expect(phraseQuery('84个')).toBeNull();
    expect(phraseQuery('会')).toBeNull();
  });
});

describe('brokenPhraseQueries', () => {
  it('leaves out each inner pair once, so “三补贴”“三挂钩” is found for 三补贴三挂钩', () => {
    const queries = brokenPhraseQueries('三补贴三挂钩');
    expect(queries).toEqual(['三补 贴三 三挂 挂钩', '三补 补贴 三挂 挂钩', '三补 补贴 贴三 挂钩']);
    const written = bigramText('“三补贴”“三挂钩”').split(/[\s“”]+/).filter(Boolean);
    expect(queries.filter((query) => query.split(' ').every((pair) => written.includes(pair)))).toEqual(['三补 补贴 三挂 挂钩']);
  });
  it('has nothing to leave out of a short term, and leaves long ones alone', () => {
    expect(brokenPhraseQueries('八大员')).toEqual([]);
    expect(brokenPhraseQueries('社会化工会工作者')).toEqual([]);
  });
});
