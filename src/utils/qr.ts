import { create } from 'qrcode';

/** Light modules around the code; the QR standard asks for four. */
const quietZone = 4;

/** The dark/light module grid of a QR code for `text`, quiet zone included. */
export function qrMatrix(text: string): boolean[][] {
  // Level M survives a smudged printout or a projector's glare without making the code dense.
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size + 2 * quietZone;
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, column) => {
      const r = row - quietZone;
      const c = column - quietZone;
      return r >= 0 && c >= 0 && r < modules.size && c < modules.size && Boolean(modules.get(r, c));
    }),
  );
}

/**
 * SVG path data for the dark modules: one rectangle per horizontal run (a third of the bytes of one
 * per module). Joined once rather than grown with `+=`, which leaves a tree of its ~600 pieces
 * eight times the text's size; the build keeps every case's code (case-qr.ts): 335 MB at 10,006
 * cases that way.
 */
function darkRuns(matrix: boolean[][]): string {
  const runs: string[] = [];
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x += 1) {
      if (!row[x]) continue;
      let end = x + 1;
      while (row[end]) end += 1;
      runs.push(`M${x} ${y}h${end - x}v1h-${end - x}z`);
      x = end;
    }
  });
  return runs.join('');
}

/**
 * An inline SVG QR code: one path of dark modules on a white ground, scaled by CSS.
 * `label` becomes the image's accessible name.
 */
export function qrSvg(text: string, label: string): string {
  const matrix = qrMatrix(text);
  const size = matrix.length;
  const path = darkRuns(matrix);
  const escapedLabel = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapedLabel}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  );
}
