import type { Block } from '../types.ts';
import { extractFigures, type FigureDraft } from './figures.ts';
import { toSimplified } from '../../content-model/simplified.ts';

/**
 * A piece found in the Simplified fold, as the original writes it. The fold maps character to
 * character (個 → 个), so a position in one is the same position in the other; where a
 * conversion changed the length, the folded piece is kept.
 */
function asWritten(original: string, folded: string, piece: string, from = 0): string {
  const at = folded.indexOf(piece, from);
  return at >= 0 && original.length === folded.length ? original.slice(at, at + piece.length) : piece;
}

/**
 * extract: key figures of Traditional-character text too — read on its Simplified fold (the
 * figure patterns and label rules are written in Simplified), reported as the text writes them.
 */
export function extractFoldedFigures(blocks: readonly Block[]): { figures: FigureDraft[]; unparsed: string[] } {
  const running = blocks.map((block) => (block.kind === 'paragraph' || block.kind === 'turn' ? block.text : ''));
  const folded = running.map((text) => toSimplified(text));
  const result = extractFigures(folded.map((text) => ({ text })));
  if (folded.every((text, index) => text === running[index])) return result;
  const figures = result.figures.map((figure) => {
    const original = running[figure.block] ?? '';
    const text = asWritten(original, folded[figure.block] ?? '', figure.text);
    const compact = text.replace(/\s+/g, '');
    const foldedCompact = figure.text.replace(/\s+/g, '');
    const amount = asWritten(compact, foldedCompact, `${figure.value}${figure.unit}`);
    return {
      ...figure,
      text,
      label: asWritten(compact, foldedCompact, figure.label),
      unit: amount.slice(figure.value.length) || figure.unit,
    };
  });
  return { figures, unparsed: result.unparsed };
}
