import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sourceAsUtf8 } from './source-text.ts';

const text =
  '融入大党建 共下一盘棋\n——顺义大党建推动工会改革成效纪实\n□本报记者 张江艳\n如何在党建引领下有效推进工会改革，如何与其他群团组织联动？';

describe('sourceAsUtf8', () => {
  it('passes UTF-8 through unchanged', () => {
    expect(sourceAsUtf8(new TextEncoder().encode(text))).toBe(text);
  });
  it('decodes a GB18030 source instead of producing mojibake', () => {
    expect(sourceAsUtf8(iconv.encode(text, 'gb18030'))).toBe(text);
  });
});
