// Synthetic case files for the scale benchmark: sentences of the real sources reshuffled into
// MDX of the case-file contract (content/cases/README.md), deterministic for a given index.
import { escapeAttribute, escapeMdxText } from '../../src/content-model/mdx-text.ts';

export interface SentencePool {
  sentences: string[];
  headings: string[];
  /** Sentences holding a number and a unit, for key figures. */
  figureSentences: string[];
}

export interface SynthOptions {
  regions: string[];
  measures: string[];
  /**
   * How many distinct measures each real case is tagged with: a synthetic case takes one of these
   * counts, draws that many measures and tags its passages with those only, as a real case keeps
   * to its few themes (tagged with every measure, each synthetic case would be found by every
   * measure's name).
   */
  measuresPerCase: number[];
  sources: string[];
}

const cjk = '\\p{Script=Han}';
const figurePattern = /(\d+(?:\.\d+)?)(万元|亿元|元|个|家|人|名|次|场|%|余个|多人)/u;

/**
 * Cuts raw source texts into the sentences and heading-like lines a synthetic case is made of.
 * Sentences and headings holding one of `exclude` (the development search queries) are left
 * out: 10,000 copies of the sample cases' own sentences would make every case an equal answer.
 */
export function sentencePool(texts: string[], exclude: string[] = []): SentencePool {
  const allowed = (text: string) => !exclude.some((phrase) => text.includes(phrase));
  const sentences: string[] = [];
  const headings: string[] = [];
  for (const text of texts) {
    const lines = text
      .replace(new RegExp(`(?<=${cjk})[ \\t\\u3000]+(?=${cjk})`, 'gu'), '')
      .split(/\r?\n/)
      .map((line) => line.trim().replace(/^[#□■【】\s]+|】$/gu, ''))
      .filter(Boolean);
    for (const line of lines) {
      if (line.length >= 4 && line.length <= 14 && !/[。，：；？！]/u.test(line) && allowed(line)) headings.push(line);
      for (const sentence of line.match(/[^。！？]+[。！？]”?/gu) ?? []) {
        if (
          sentence.length >= 12 &&
          sentence.length <= 220 &&
          new RegExp(cjk, 'u').test(sentence) &&
          allowed(sentence)
        ) {
          sentences.push(sentence);
        }
      }
    }
  }
  return { sentences, headings, figureSentences: sentences.filter((sentence) => figurePattern.test(sentence)) };
}

/** A small seeded generator (mulberry32): the same index always gives the same case. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function anchor(prefix: string, caseIndex: number, block: number): string {
  return `${prefix}-${((caseIndex * 7919 + block * 104729) % 60466176).toString(36).padStart(5, '0')}${block.toString(36)}`;
}

/** Varies the numbers of a sentence so that 10,000 cases do not repeat the same facts. */
function varyNumbers(sentence: string, random: () => number): string {
  return sentence.replace(/\d+/g, (digits) => String(Math.max(1, Math.round(Number(digits) * (0.5 + random())))));
}

/** `count` different items of `list`, in random order. */
function drawn<T>(list: T[], count: number, random: () => number): T[] {
  const rest = [...list];
  return Array.from(
    { length: Math.min(count, rest.length) },
    () => rest.splice(Math.floor(random() * rest.length), 1)[0] as T,
  );
}

export interface SynthCase {
  id: string;
  mdx: string;
}

/** One synthetic case of ~2,500–4,500 characters with headings, a Q&A, a caption, tags and figures. */
export function synthCase(index: number, pool: SentencePool, options: SynthOptions): SynthCase {
  const random = seededRandom(index + 1);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  const id = `synth-${String(index).padStart(5, '0')}`;
  const target = 2500 + Math.floor(random() * 2000);
  const themes = drawn(options.measures, pick(options.measuresPerCase), random);
  const lines: string[] = [];
  const figures: string[] = [];
  let length = 0;
  let block = 0;
  while (length < target) {
    block += 1;
    if (block % 6 === 1) {
      lines.push(`<Heading id="${anchor('h', index, block)}">${escapeMdxText(pick(pool.headings))}</Heading>`);
      continue;
    }
    const passage = anchor('p', index, block);
    const sentences = Array.from({ length: 2 + Math.floor(random() * 4) }, () =>
      varyNumbers(pick(pool.sentences), random),
    );
    if (figures.length < 4 && random() < 0.3) {
      const sentence = varyNumbers(pick(pool.figureSentences), random);
      const [, value = '1', unit = ''] = figurePattern.exec(sentence) ?? [];
      sentences.push(sentence);
      figures.push(
        `  - label: ${JSON.stringify(sentence.slice(0, 12))}\n    value: "${value}"\n    unit: ${JSON.stringify(unit)}\n` +
          `    text: ${JSON.stringify(sentence)}\n    passage: ${passage}`,
      );
    }
    const text = sentences.join('');
    length += text.length;
    const tags = themes.filter(() => random() < 1.5 / Math.max(1, themes.length));
    const measures = tags.length ? ` measures="${escapeAttribute(tags.join(' '))}"` : '';
    if (block % 9 === 4) {
      lines.push(
        `<Turn id="${anchor('q', index, block)}" speaker="记者" role="question">${escapeMdxText(pick(pool.sentences))}</Turn>`,
      );
      lines.push(`<Turn id="${passage}" speaker="受访者" role="answer"${measures}>${escapeMdxText(text)}</Turn>`);
    } else {
      lines.push(`<P id="${passage}"${measures}>${escapeMdxText(text)}</P>`);
    }
    if (block === 3) {
      lines.push(`<Caption id="${anchor('c', index, block)}">${escapeMdxText(pick(pool.headings))}</Caption>`);
      lines.push(`<Credit id="${anchor('k', index, block)}">通讯员 合成 摄</Credit>`);
    }
  }
  const title = `${pick(pool.headings)} ${pick(pool.headings)}`;
  const frontMatter = [
    '---',
    `id: ${id}`,
    `title: ${JSON.stringify(title)}`,
    'kicker: null',
    `subtitle: ${JSON.stringify(`${pick(pool.headings)}纪实（合成 ${index}）`)}`,
    'authors: [合成作者]',
    'authorUnits: []',
    `region: ${pick(options.regions)}`,
    `year: ${2015 + Math.floor(random() * 10)}`,
    `source: ${pick(options.sources)}`,
    `words: ${length}`,
    'provenance: {}',
    figures.length ? `figures:\n${figures.join('\n')}` : 'figures: []',
    '---',
  ];
  return { id, mdx: `${frontMatter.join('\n')}\n\n${lines.join('\n\n')}\n` };
}
