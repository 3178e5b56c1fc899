import { blockKinds, measureIds, type BlockKind } from './blocks.ts';
import { unescapeAttribute, unescapeMdxText } from './mdx-text.ts';

export interface Passage {
  kind: BlockKind;
  /** Anchor id on the case page, without `#`. */
  id: string;
  /** Plain text, escapes removed and inline Markdown emphasis markers dropped. */
  text: string;
  /** The block's content as written: inline MDX (escapes, `**emphasis**`). */
  markdown: string;
  /** Measure ids tagged on the block (P and Turn only). */
  measures: string[];
  /** Further attributes, e.g. `speaker` and `role` of a Turn. */
  attributes: Record<string, string>;
  /** 1-based line in the MDX file, counting the front matter. */
  line: number;
}

const blockLine = new RegExp(`^<(${blockKinds.join('|')})((?:\\s+[\\w-]+="[^"]*")*)\\s*>(.*)</\\1>\\s*$`);
const attributePattern = /([\w-]+)="([^"]*)"/g;

function plainText(markdown: string): string {
  return unescapeMdxText(markdown.replace(/(?<!\\)(\*\*|__)/g, ''));
}

/**
 * Reads the passages of a case body without compiling the MDX: the measure pages, the data
 * files and the build checks need every passage of every case, cheaply.
 *
 * @param body MDX body (after the front matter)
 * @param firstLine line number of the body's first line in the file
 */
export function parsePassages(body: string, firstLine = 1): Passage[] {
  const passages: Passage[] = [];
  body.split('\n').forEach((line, index) => {
    const match = blockLine.exec(line.trim());
    if (!match) return;
    const attributes: Record<string, string> = {};
    for (const [, name, value] of (match[2] ?? '').matchAll(attributePattern)) {
      if (name) attributes[name] = unescapeAttribute(value ?? '');
    }
    const { id = '', measures = '', ...rest } = attributes;
    passages.push({
      kind: match[1] as BlockKind,
      id,
      text: plainText(match[3] ?? ''),
      markdown: match[3] ?? '',
      measures: measureIds(measures),
      attributes: rest,
      line: firstLine + index,
    });
  });
  return passages;
}

export interface StrayLine {
  /** 1-based line in the MDX file. */
  line: number;
  text: string;
}

/**
 * Body lines that are neither blank nor one block component. Case pages render the blocks
 * alone, so anything else would silently vanish from the page: the build refuses it instead.
 */
export function strayLines(body: string, firstLine = 1): StrayLine[] {
  const stray: StrayLine[] = [];
  body.split('\n').forEach((line, index) => {
    const text = line.trim();
    if (text && !blockLine.test(text)) stray.push({ line: firstLine + index, text });
  });
  return stray;
}
