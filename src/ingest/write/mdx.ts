import { stringify } from 'yaml';
import type { CaseData } from '../../content-model/case.ts';
import { escapeAttribute, escapeMdxText } from '../../content-model/mdx-text.ts';
import type { Block } from '../types.ts';
import { anchorPrefixOf, type AnchorPrefix, type BlockKind } from '../../content-model/blocks.ts';

/**
 * Front matter of a case file (the content model's case schema, every field present). YAML keeps
 * the keys in the order they are set: the writer sets them as content/cases/README.md shows.
 */
export type CaseFrontMatter = CaseData;

/** A body block ready to print: its component, anchor and measure tags. */
export interface RenderedBlock {
  block: Block;
  id: string;
  measures: string[];
}

/** The block component a laid-out block is written as. */
function component(block: Block): BlockKind {
  switch (block.kind) {
    case 'paragraph':
      return 'P';
    case 'turn':
      return 'Turn';
    case 'caption':
      return 'Caption';
    case 'credit':
      return 'Credit';
    default:
      return 'Heading';
  }
}

export function anchorPrefix(block: Block): AnchorPrefix {
  return anchorPrefixOf[component(block)];
}

/** The text a block shows: a turn's speaker label is kept, in bold. */
function content(block: Block): string {
  if (block.kind === 'turn' && block.speaker && block.text.startsWith(`${block.speaker}：`)) {
    return `**${escapeMdxText(block.speaker)}**${escapeMdxText(block.text.slice(block.speaker.length))}`;
  }
  return escapeMdxText(block.text);
}

function line({ block, id, measures }: RenderedBlock): string {
  const name = component(block);
  const attributes: Array<[string, string]> = [['id', id]];
  if (name === 'Turn') attributes.push(['speaker', block.speaker ?? ''], ['role', block.role ?? 'answer']);
  if (name === 'P' || name === 'Turn') attributes.push(['measures', measures.join(' ')]);
  const rendered = attributes.map(([key, value]) => `${key}="${escapeAttribute(value)}"`).join(' ');
  return `<${name} ${rendered}>${content(block)}</${name}>`;
}

/** write: front matter + one block component per line, blank lines between. */
export function renderCase(frontMatter: CaseFrontMatter, blocks: readonly RenderedBlock[]): string {
  const yaml = stringify(frontMatter, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  return `---\n${yaml}---\n\n${blocks.map(line).join('\n\n')}\n`;
}
