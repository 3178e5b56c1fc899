import { describe, expect, it } from 'vitest';
import { passageQrHref, passageQrUrl } from './qr-target.ts';

const site = 'https://gonghui-anli.example.org/';

describe('passage QR target', () => {
  it('round-trips a passage link through the query string', () => {
    const href = passageQrHref('shunyi-rongru-dadangjian', 'p-7f3k2a');
    expect(href).toBe('/qr/?to=%2Fcases%2Fshunyi-rongru-dadangjian%2F%23p-7f3k2a');
    const to = new URL(href, site).searchParams.get('to');
    expect(passageQrUrl(to, site)).toBe('https://gonghui-anli.example.org/cases/shunyi-rongru-dadangjian/#p-7f3k2a');
  });

  it('accepts a whole case, refuses anything that is not a case path of this site', () => {
    expect(passageQrUrl('/cases/taizhou-sige-jiafa/', site)).toBe(`${site}cases/taizhou-sige-jiafa/`);
    for (const to of [
      null,
      '',
      'https://evil.example/cases/x/',
      '//evil.example/cases/x/',
      '/cases/../admin/',
      '/cases/x/#p-1"><script>',
      '/regions/',
    ]) {
      expect(passageQrUrl(to, site), String(to)).toBeNull();
    }
  });
});
