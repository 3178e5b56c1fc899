import { describe, expect, it } from 'vitest';
import { bigramText } from '../search-text.ts';
import { unpairText } from './pairs.ts';

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

describe('entryUsesPairs', () => {
  it('tells a paired index (en) from Pagefind’s Chinese one (zh-cn)', async () => {
    const { entryUsesPairs } = await import('./pairs.ts');
    expect(entryUsesPairs({ languages: { en: {} } })).toBe(true);
    expect(entryUsesPairs({ languages: { 'zh-cn': {} } })).toBe(false);
  });
});
