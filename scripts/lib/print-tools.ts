// The tools the printed-handout test reads a PDF with: poppler (pdftotext, pdftoppm) and zbar (zbarimg).
import { ensureSystemTools, hasCommand } from './system-packages.ts';

export function ensurePrintTools(): void {
  ensureSystemTools([
    {
      purpose: '讲义打印测试（读取 PDF）',
      packages: ['poppler-utils'],
      isPresent: () => hasCommand('pdftotext') && hasCommand('pdftoppm'),
    },
    { purpose: '讲义打印测试（识别二维码）', packages: ['zbar-tools'], isPresent: () => hasCommand('zbarimg') },
  ]);
}
