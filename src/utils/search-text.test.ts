import { describe, expect, it } from 'vitest';
import { bigramHtml, bigramQuery, bigramText, joinBigrams, pairSeparator, runSeparator } from './search-text.ts';

describe('search text as character pairs', () => {
  const sentence = '2017年，顺义区委提出构建“大党建”工作格局，打开“北京工会12351”手机APP。融入大党建 共下一盘棋';

  it('turns each run of Chinese characters into overlapping pairs and leaves other text alone', () => {
    expect(bigramText('暖心驿站')).toBe(`${runSeparator}暖心${pairSeparator}心驿${pairSeparator}驿站${runSeparator}`);
    expect(bigramText('会APP')).toBe(`${runSeparator}会${runSeparator}APP`);
  });

  it('gives back the original text exactly, also with Pagefind <mark>s around pairs', () => {
    expect(joinBigrams(bigramText(sentence))).toBe(sentence);
    const excerpt = `<mark>暖心</mark>${pairSeparator}<mark>心驿</mark>${pairSeparator}<mark>驿站</mark>${pairSeparator}站是${runSeparator}，`;
    expect(joinBigrams(excerpt)).toBe('<mark>暖心</mark><mark>驿</mark><mark>站</mark>是，');
  });

  it('makes a query of the same pairs, separated by plain spaces', () => {
    expect(bigramQuery('暖心驿站 货车司机')).toBe('暖心 心驿 驿站 货车 车司 司机');
    expect(bigramQuery('八大员')).toBe('八大 大员');
  });

  it('changes only the text of HTML, not tags, attributes, scripts or styles', () => {
    const html = '<h1 id="h-1" title="大党建">大党建</h1><script>const a = "中文";</script><style>p{}</style>';
    expect(bigramHtml(html)).toBe(
      `<h1 id="h-1" title="大党建">${runSeparator}大党${pairSeparator}党建${runSeparator}</h1><script>const a = "中文";</script><style>p{}</style>`,
    );
  });
});
