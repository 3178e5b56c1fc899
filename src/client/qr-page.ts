// Draws the QR code of the passage named in ?to= on /qr/.
import { qrSvg } from '../utils/qr.ts';
import { passageQrUrl } from '../utils/qr-target.ts';

const box = document.querySelector<HTMLElement>('[data-qr]');
const to = new URLSearchParams(location.search).get('to');
const url = box ? passageQrUrl(to, box.dataset['site'] ?? location.origin) : null;
if (box && url && to) {
  box.innerHTML = qrSvg(url, (box.dataset['label'] ?? '').replace('{url}', url));
  document.querySelector('[data-qr-url]')!.textContent = url;
  document.querySelector<HTMLAnchorElement>('[data-qr-back]')!.href = to;
} else {
  document.querySelector<HTMLElement>('.qr-invalid')?.removeAttribute('hidden');
}
