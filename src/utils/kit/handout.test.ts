import { describe, expect, it } from 'vitest';
import {
  cleanHandout,
  fromCompact,
  maxItems,
  parsePlainQuery,
  plainQuery,
  toCompact,
  type Handout,
} from './handout.ts';

const handout: Handout = {
  title: '新就业形态劳动者入会 & 服务',
  items: [
    { caseId: 'taizhou-sige-jiafa', anchor: 'p-11n7sm', note: '注意：“三个~，逗号,和&” 都要保留' },
    { caseId: 'shunyi-rongru-dadangjian', anchor: 'h-1we7i0', note: '' },
  ],
};

describe('plainQuery / parsePlainQuery', () => {
  it('round-trips title, order and notes with the characters the format uses', () => {
    const query = plainQuery(handout);
    expect(query).toContain('p=taizhou-sige-jiafa~p-11n7sm,shunyi-rongru-dadangjian~h-1we7i0');
    expect(parsePlainQuery(new URLSearchParams(query))).toEqual(handout);
  });

  it('is null without a passage list, and drops malformed or repeated references', () => {
    expect(parsePlainQuery(new URLSearchParams('?t=x'))).toBeNull();
    const parsed = parsePlainQuery(new URLSearchParams('?p=a~p-1,../x~p-2,a~p-1,b~NOPE,c~p-3'));
    expect(parsed?.items.map((item) => `${item.caseId}~${item.anchor}`)).toEqual(['a~p-1', 'c~p-3']);
  });
});

describe('toCompact / fromCompact', () => {
  it('round-trips', () => {
    expect(fromCompact(toCompact(handout))).toEqual(handout);
  });

  it('refuses what is not a handout', () => {
    expect(fromCompact('{')).toBeNull();
    expect(fromCompact('{"a":1}')).toBeNull();
    expect(fromCompact('["t",[["a","p-1",3],"x",["b","p-2"]]]')?.items).toEqual([
      { caseId: 'b', anchor: 'p-2', note: '' },
    ]);
  });
});

it('cleanHandout keeps at most maxItems passages', () => {
  const items = Array.from({ length: maxItems + 5 }, (_, index) => ({ caseId: 'a', anchor: `p-${index}`, note: '' }));
  expect(cleanHandout('', items).items).toHaveLength(maxItems);
});
