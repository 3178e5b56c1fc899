import { describe, expect, it } from 'vitest';
import type { Article, Block } from '../types.ts';
import { splitDateline } from './dateline.ts';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text, from: 3, to: 3, gapBefore: 1, gapAfter: 1 });
const article = (text: string): Article => ({
  title: '标题',
  kicker: null,
  subtitle: null,
  bylines: [],
  units: [],
  body: [paragraph(text)],
  removed: [],
  from: 1,
  to: 3,
});

describe('splitDateline', () => {
  it.each([
    ['本报讯（记者 张三 通讯员 李四）近日，某区总工会…', '本报讯（记者 张三 通讯员 李四）', '近日，某区总工会…'],
    ['本報訊（記者張三）近日，某區總工會…', '本報訊（記者張三）', '近日，某區總工會…'],
    ['某某网讯 连日来，某区总工会…', '某某网讯', '连日来，某区总工会…'],
    ['讯（记者 王五）“五一”前夕，…', '讯（记者 王五）', '“五一”前夕，…'],
    ['本报讯近日，某区工会…', '本报讯', '近日，某区工会…'],
  ])('%s', (text, byline, rest) => {
    const result = splitDateline(article(text));
    expect(result.bylines.map((block) => block.text)).toEqual([byline]);
    expect(result.body[0]?.text).toBe(rest);
  });

  it('leaves a paragraph that only mentions news alone', () => {
    const text = '资讯平台上线后，职工可在线查询。';
    expect(splitDateline(article(text)).body[0]?.text).toBe(text);
  });
});
