import { stringify } from 'yaml';
import { escapeAttribute, escapeMdxText } from '../../utils/mdx-text.ts';
import type { Provenance } from '../extract/index.ts';
import type { Block } from '../types.ts';
import type { AnchorPrefix } from './anchors.ts';

export interface FigureEntry {
  label: string;
  value: string;
  unit: string;
  text: string;
  passage: string;
}

/** Front matter of a case file, in the order content/cases/README.md shows. */
export interface CaseFrontMatter {
  id: string;
  title: string;
  kicker: string | null;
  subtitle: string | null;
  authors: string[];
  authorUnits: string[];
  region: string;
  year: number | null;
  source: string;
  words: number;
  provenance: Provenance;
  figures: FigureEntry[];
}

/** A body block ready to print: its component, anchor and measure tags. */
export interface RenderedBlock {
  block: Block;
  id: string;
  measures: string[];
}

export function anchorPrefix(block: Block): AnchorPrefix {
  if (block.kind === 'paragraph' || block.kind === 'turn') return 'p';
  if (block.kind === 'caption' || block.kind === 'credit') return 'c';
  return 'h';
}

function component(block: Block): 'P' | 'Turn' | 'Heading' | 'Caption' | 'Credit' {
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
