import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrMatrix, qrSvg } from './qr.ts';

/** Rasterises the module grid at `scale` pixels per module, as RGBA for jsQR. */
function rasterise(matrix: boolean[][], scale = 4): { data: Uint8ClampedArray; width: number } {
  const width = matrix.length * scale;
  const data = new Uint8ClampedArray(width * width * 4);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const value = matrix[Math.floor(y / scale)]?.[Math.floor(x / scale)] ? 0 : 255;
      data.set([value, value, value, 255], (y * width + x) * 4);
    }
  }
  return { data, width };
}

describe('qr', () => {
  const url = 'https://gonghui-anli.example.org/cases/shunyi-rongru-dadangjian/#p-7f3k2a';

  it('encodes the URL so that a scanner reads it back', () => {
    const { data, width } = rasterise(qrMatrix(url));
    expect(jsQR(data, width, width)?.data).toBe(url);
  });

  it('keeps a four-module quiet zone', () => {
    const matrix = qrMatrix(url);
    expect(matrix.slice(0, 4).flat().some(Boolean)).toBe(false);
    expect(
      matrix
        .map((row) => row.slice(-4))
        .flat()
        .some(Boolean),
    ).toBe(false);
  });

  it('draws an accessible, scalable SVG with the label escaped', () => {
    const svg = qrSvg(url, '本案例网址“A&B”的二维码');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 (\d+) \1"/);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="本案例网址“A&amp;B”的二维码"');
  });

  it('draws exactly the dark modules of the grid, a run per path segment', () => {
    const matrix = qrMatrix(url);
    const drawn = matrix.map((row) => row.map(() => false));
    for (const [, x, y, width] of qrSvg(url, '二维码').matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
      for (let column = Number(x); column < Number(x) + Number(width); column += 1) drawn[Number(y)]![column] = true;
    }
    expect(drawn).toEqual(matrix);
    const { data, width } = rasterise(drawn);
    expect(jsQR(data, width, width)?.data).toBe(url);
  });
});
