// The QR code of the whole handout, printed beside its title, and when the page draws its codes.
import { t } from '../../i18n/t.ts';
import { plainQuery, type Handout } from '../../utils/kit/handout.ts';
import { h } from '../search/dom.ts';
import { drawPendingQrs, qrBox } from './view.ts';

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

/** Draws the codes in `root` not drawn yet; the encoder must have loaded (qrReady). */
export function drawQrs(root: HTMLElement, link: string, handout: Handout): void {
  root.querySelector('.kit-handout-qr:empty')?.replaceWith(handoutQr(link, handout));
  drawPendingQrs(root);
}

/** The handout's code, then one passage code per task: a long handout's codes never hold up the page. */
export function drawQrsSoon(root: HTMLElement, link: string, handout: Handout): void {
  root.querySelector('.kit-handout-qr:empty')?.replaceWith(handoutQr(link, handout));
  const next = () => {
    if (drawPendingQrs(root, 1)) setTimeout(next);
  };
  setTimeout(next);
}
