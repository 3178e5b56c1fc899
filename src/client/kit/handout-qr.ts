// The QR code of the whole handout, printed beside its title.
import { t } from '../../i18n/t.ts';
import { plainQuery, type Handout } from '../../utils/kit/handout.ts';
import { h } from '../search/dom.ts';
import { qrBox } from './view.ts';

export function handoutQr(link: string, handout: Handout): HTMLElement {
  const label = t('kit.handoutQr', { url: link });
  try {
    return qrBox(link, label, 'kit-handout-qr');
  } catch {
    // Too long for a QR code (dozens of long notes): the code opens the passages, without notes.
    const withoutNotes = new URL(link);
    withoutNotes.search = plainQuery({ ...handout, items: handout.items.map((item) => ({ ...item, note: '' })) });
    const box = qrBox(withoutNotes.href, label, 'kit-handout-qr');
    box.append(h('p', {}, t('kit.handoutQrNoNotes')));
    return box;
  }
}
