// The part of `qrcode` (no bundled types) that qr.ts uses.
declare module 'qrcode' {
  export interface QRCodeModel {
    modules: { size: number; get(row: number, column: number): number | boolean };
  }
  export function create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): QRCodeModel;
}
