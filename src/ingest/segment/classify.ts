import { endsMidSentence, sentencePunctuation, visibleLength } from '../chars.ts';
import type { Chunk, SourceLine } from '../types.ts';
import { readNameLine } from './name-line.ts';
import {
  authorUnitLine,
  bracketLabel,
  bylineLine,
  creditLine,
  columnWidth,
  displayWidth,
  markdownHeading,
  questionSpeakers,
  subtitleLine,
  turnLine,
} from './patterns.ts';

export type Shape = 'text' | 'short' | 'tiny' | 'byline' | 'unit' | 'credit' | 'subtitle' | 'label' | 'markdown';

/** A chunk with the shape its lines suggest, before paragraphs are joined. */
export interface Piece {
  shape: Shape;
  lines: SourceLine[];
  gapBefore: number;
  gapAfter: number;
  /** Markdown heading level (markdown pieces). */
  level?: number;
  /** Text without the structural marker (`#`, `——`). */
  content: string;
  speaker?: string;
  role?: 'question' | 'answer';
}

/** A display line: short, no sentence punctuation, not ending in a comma. */
export function isDisplayLine(text: string): boolean {
  // Headings with a comma are short phrases (强化制度建设，建立长效机制); longer lines with one are text.
  const width = /[，,]/.test(text) ? 24 : displayWidth;
  return visibleLength(text) <= width && !sentencePunctuation.test(text) && !/[，、,]$/.test(text) && balanced(text);
}

const pairs: Array<[string, string]> = [
  ['“', '”'],
  ['‘', '’'],
  ['（', '）'],
  ['《', '》'],
  ['「', '」'],
];

/** An opening quote without its closing one: the line is the start of running text. */
function balanced(text: string): boolean {
  return pairs.every(([open, close]) => text.split(open).length === text.split(close).length);
}

function lineShape(text: string): Pick<Piece, 'shape' | 'content' | 'level'> {
  const markdown = markdownHeading.exec(text);
  if (markdown) return { shape: 'markdown', level: markdown[1]?.length ?? 1, content: markdown[2] ?? '' };
  const subtitle = subtitleLine.exec(text);
  if (subtitle && visibleLength(text) <= 60) return { shape: 'subtitle', content: subtitle[1] ?? '' };
  if (authorUnitLine.test(text)) return { shape: 'unit', content: text };
  if ((bylineLine.test(text) && !sentencePunctuation.test(text)) || readNameLine(text))
    return { shape: 'byline', content: text };
  if (visibleLength(text) <= 40 && creditLine.test(text)) return { shape: 'credit', content: text };
  if (bracketLabel.test(text) && visibleLength(text) <= displayWidth) return { shape: 'label', content: text };
  return { shape: 'text', content: text };
}

function chunkShape(lines: readonly SourceLine[]): Pick<Piece, 'shape' | 'content' | 'level'> {
  const texts = lines.map((line) => line.text);
  const first = lineShape(texts[0] ?? '');
  if (texts.length === 1 && first.shape !== 'text') return first;
  if (texts.every((text) => visibleLength(text) <= 4 && !sentencePunctuation.test(text))) {
    return { shape: 'tiny', content: texts.join(' ') };
  }
  if (texts.length === 1 && isDisplayLine(texts[0] ?? '')) return { shape: 'short', content: texts[0] ?? '' };
  // A heading set over two or three column lines carries no punctuation at all.
  const bare = (text: string) => !/[\p{P}]/u.test(text.replace(/[“”‘’《》]/g, ''));
  if (texts.length <= 3 && texts.every((text) => isDisplayLine(text) && bare(text)))
    return { shape: 'short', content: texts.join(' ') };
  return { shape: 'text', content: texts.join('\n') };
}

/**
 * A title glued to the first column of text (002: 首都工会改革赢得… then the body without a
 * blank line) is split off: a first line with no punctuation at all, above running text.
 */
function splitLeadingTitle(chunk: Chunk): Chunk[] {
  const [first, ...rest] = chunk.lines;
  if (!first || rest.length === 0) return [chunk];
  // A reporter line above the text (工人日报-中工网记者 X) stands apart from it.
  if (lineShape(first.text).shape === 'byline') return splitAfterFirst(chunk);
  // Above a single line of running text (a web page's paragraph), the first line stands apart too.
  const aboveText = rest.length >= 2 || visibleLength(rest[0]?.text ?? '') > columnWidth;
  if (!aboveText || /[\p{P}]/u.test(first.text.replace(/[“”‘’"《》]/g, ''))) return [chunk];
  if (!isDisplayLine(first.text) || visibleLength(first.text) < 6) return [chunk];
  return splitAfterFirst(chunk);
}

/**
 * A web page's paragraphs, one line each with no blank line between: a line wider than any
 * newspaper column that ends its sentence is a whole paragraph, not a wrap of the next.
 */
function splitWebParagraphs(chunk: Chunk): Chunk[] {
  const parts: Chunk[] = [];
  let start = 0;
  chunk.lines.forEach((line, index) => {
    const last = index === chunk.lines.length - 1;
    if (last || visibleLength(line.text) <= columnWidth || endsMidSentence(line.text)) return;
    parts.push({
      lines: chunk.lines.slice(start, index + 1),
      gapBefore: start === 0 ? chunk.gapBefore : 0,
      gapAfter: 0,
    });
    start = index + 1;
  });
  if (parts.length === 0) return [chunk];
  parts.push({ lines: chunk.lines.slice(start), gapBefore: 0, gapAfter: chunk.gapAfter });
  return parts;
}

/**
 * A web page's heading or photo caption set right above its paragraph, with no blank line
 * (工會干部變身為“服務生” / the paragraph, one line each): a paragraph line wider than any column
 * cannot be the wrap of a short line above it.
 */
function splitHeadingOffParagraph(chunk: Chunk): Chunk[] {
  const [first, second] = chunk.lines;
  if (!first || !second || visibleLength(second.text) <= columnWidth) return [chunk];
  if (!isDisplayLine(first.text) || visibleLength(first.text) < 2) return [chunk];
  return splitAfterFirst(chunk);
}

/** A byline closing the article under its last sentence, with no blank line (…享受服务。 / 王小明 某某日报 2024年3月5日). */
function splitClosingByline(chunk: Chunk): Chunk[] {
  const last = chunk.lines.at(-1);
  const above = chunk.lines.at(-2);
  if (!last || !above || endsMidSentence(above.text) || lineShape(last.text).shape !== 'byline') return [chunk];
  return [
    { lines: chunk.lines.slice(0, -1), gapBefore: chunk.gapBefore, gapAfter: 0 },
    { lines: [last], gapBefore: 0, gapAfter: chunk.gapAfter },
  ];
}

function splitAfterFirst(chunk: Chunk): Chunk[] {
  const [first, ...rest] = chunk.lines;
  if (!first) return [chunk];
  return [
    { lines: [first], gapBefore: chunk.gapBefore, gapAfter: 1 },
    { lines: rest, gapBefore: 1, gapAfter: chunk.gapAfter },
  ];
}

/** A source's first line, alone, may exclaim or ask (长宁10个户外劳动者港湾！提供这些免费服务): still a headline. */
function headlineShape(chunk: Chunk): Pick<Piece, 'shape' | 'content'> | null {
  const [line, ...rest] = chunk.lines;
  if (!line || rest.length || chunk.gapAfter === 0 || !/[！？!?]/.test(line.text)) return null;
  return isDisplayLine(line.text.replace(/[！？!?]/g, ' ')) ? { shape: 'short', content: line.text } : null;
}

/**
 * segment: chunks → pieces with a shape. Lines starting 记者：/问： open an interview; inside
 * it, a line starting with a short name and a colon is a turn.
 */
export function classifyChunks(chunks: readonly Chunk[]): Piece[] {
  const pieces: Piece[] = [];
  let interview = false;
  const firstTextChunk = chunks.findIndex((chunk) => chunkShape(chunk.lines).shape === 'text');
  chunks.forEach((original, index) => {
    const parts = splitClosingByline(original)
      .flatMap(splitWebParagraphs)
      .flatMap((part, position) =>
        position === 0 && index === firstTextChunk && index <= 1
          ? splitLeadingTitle(part)
          : splitHeadingOffParagraph(part),
      );
    for (const chunk of parts) {
      const shape =
        index <= 1 && index <= firstTextChunk
          ? (headlineShape(chunk) ?? chunkShape(chunk.lines))
          : chunkShape(chunk.lines);
      const piece: Piece = { ...shape, lines: chunk.lines, gapBefore: chunk.gapBefore, gapAfter: chunk.gapAfter };
      // A short clause right under a web paragraph (no blank line) is text cut off, not a heading.
      if (shape.shape === 'short' && chunk.gapBefore === 0 && index > 0 && /[，,]/.test(shape.content))
        piece.shape = 'text';
      if (shape.shape === 'byline' || shape.shape === 'markdown') interview = false;
      const turn = shape.shape === 'text' ? turnLine.exec(chunk.lines[0]?.text ?? '') : null;
      if (turn?.[1] && (interview || questionSpeakers.has(turn[1]))) {
        interview = true;
        piece.speaker = turn[1];
        piece.role = questionSpeakers.has(turn[1]) ? 'question' : 'answer';
      }
      pieces.push(piece);
    }
  });
  return pieces;
}
