import { t } from '../../i18n/t.ts';
import { qrSvg } from '../../utils/qr.ts';

const drawn = new Map<string, string>();

/** A case URL's QR code, drawn once per build: the case page and its projector page both show it. */
export function caseQrSvg(url: string): string {
  let svg = drawn.get(url);
  if (svg === undefined) {
    svg = qrSvg(url, t('casePage.qrLabel', { url }));
    drawn.set(url, svg);
  }
  return svg;
}
