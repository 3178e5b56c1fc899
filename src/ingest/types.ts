/** Values passed between the ingest stages (read → normalize → segment → extract → tag → write). */

/** A raw source file as bytes, before decoding. */
export interface SourceFile {
  /** File name in content/sources/, e.g. `000_f9178d58492767ee.txt`. */
  name: string;
  bytes: Uint8Array;
}

/** One line of decoded, normalized text with its 1-based line number in the source. */
export interface SourceLine {
  text: string;
  line: number;
}

/** A run of non-blank lines, with the number of blank lines around it. */
export interface Chunk {
  lines: SourceLine[];
  gapBefore: number;
  gapAfter: number;
}

/** How a piece of the source is laid out; the writer turns the published kinds into block components (content-model/blocks.ts). */
export type LayoutKind =
  | 'paragraph'
  | 'turn'
  | 'heading'
  | 'caption'
  | 'credit'
  | 'byline'
  | 'unit'
  | 'subtitle'
  | 'display'
  | 'label'
  | 'markdown-title';

/** A piece of an article as laid out: a paragraph, a heading, a byline… */
export interface Block {
  kind: LayoutKind;
  text: string;
  /** First and last source line the block was read from. */
  from: number;
  to: number;
  gapBefore: number;
  gapAfter: number;
  speaker?: string;
  role?: 'question' | 'answer';
  /** Source lines (the second half) where two halves were joined across blank lines. */
  joinedAcrossBlank?: number[];
}

/** A block left out of a case, and why. */
export interface SetAside {
  text: string;
  from: number;
  to: number;
  reason: string;
}

/** One article found in a source, before metadata is read. */
export interface Article {
  title: string | null;
  kicker: string | null;
  subtitle: string | null;
  bylines: Block[];
  units: Block[];
  body: Block[];
  removed: SetAside[];
  from: number;
  to: number;
}

/** A message for the editor, tied to a source line when there is one. */
export interface Notice {
  line?: number;
  message: string;
}
