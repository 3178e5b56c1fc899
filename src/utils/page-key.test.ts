import { describe, expect, it } from 'vitest';
import { caseFileKey, pageKey } from './page-key.ts';

const data = { title: '党建带工建' } as never;

describe('caseFileKey', () => {
  it("is the loader's digest of the file when the entry has one", () => {
    expect(caseFileKey({ digest: 'abc123', data, body: '<P id="a">一</P>' })).toBe('abc123');
  });

  it('changes the page key with the text when there is no digest', () => {
    const before = pageKey(caseFileKey({ data, body: '<P id="a">一</P>' }));
    const after = pageKey(caseFileKey({ data, body: '<P id="a">二</P>' }));
    expect(after).not.toBe(before);
  });
});
