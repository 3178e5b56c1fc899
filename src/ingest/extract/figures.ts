import { countHan } from '../chars.ts';

/** A statistic read from a sentence, tied to the block it came from. */
export interface FigureDraft {
  label: string;
  value: string;
  unit: string;
  text: string;
  /** Index of the body block holding the sentence. */
  block: number;
}

const units = '万人次|人次|万人|万元|亿元|万家|万名|万个|万|亿|元|个|家|名|人|场|项|次|所|条|件|期|座|处|支|户|批|%|％';
const number = '\\d+(?:\\.\\d+)?';
const figurePattern = new RegExp(`(${number}(?:\\s*[-—~～至]\\s*${number})?)(余|多)?(${units})`, 'g');
/** Pieces of a date or an ordinal are not statistics. */
const notStatistic = /^(?:年|月|日|号|时|届|次全国|岁|个月|周年|小时)/;
const leading = /^(?:其中|包括|共计|累计|全年|截至目前|目前|同时|并且|并|和|与|及|向|为|对|给|共|已经|已)+/;
const trailing = /(?:分别提高到|提高到|增加到|达到|超过|分别|约|近|由|从|为|对|向|给|达|至|共|有|的)+$/;

function sentencesOf(text: string): string[] {
  return text.match(/[^。！？；]+[。！？；]?/g) ?? [];
}

/** Trims connectives and stray punctuation at the edges; punctuation inside (村（社区）工会) stays. */
function clean(text: string): string {
  const trimmed = text.replace(/\s+/g, '').replace(/^[”’》）、：]+|[“‘《（、：]+$/g, '').replace(leading, '').replace(trailing, '');
  const balanced = [['“', '”'], ['（', '）'], ['《', '》']].every(([open = '', close = '']) => trimmed.split(open).length === trimmed.split(close).length);
  return balanced ? trimmed : trimmed.replace(/[“”‘’《》（）]/g, '');
}

/**
 * What is counted: the words opening the clause (全区新建独立企业工会84个), plus what stands
 * between an earlier figure and this one (由17个减为16个); when the number comes first, the
 * words after it (90.4%的建会企业开展了集体协商).
 */
function labelFor(clause: string, start: number, end: number, previousEnd: number | null): string {
  const after = clause.slice(end);
  if (after.startsWith('的')) return clean(after.slice(1).split(/[，、；：。（）]/)[0] ?? '');
  const opening = clean(clause.slice(0, previousEnd === null ? start : clause.search(/\d/)));
  const between = previousEnd === null ? '' : clean(clause.slice(previousEnd, start));
  // What follows the number, up to the next number or 的: 72家企业的… → 企业, 涉及3745家企业 → 企业.
  const following = clean((after.split(/[，、；：。（）\d]/)[0] ?? '').split(/的|和|与|及/)[0] ?? '');
  // After a verb the number counts what follows it: 招募21名工会社会化工作者, 召开1714场企业沟通会.
  const endsWithVerb = /(?:了|召开|建成|招募|涉及|完成|发放|配备|救助|选择|收到|举办|开办)$/.test(opening);
  if (countHan(opening) > 2 && !(endsWithVerb && countHan(following) >= 2)) return opening + (countHan(between) >= 1 ? between : '');
  if (countHan(following) >= 2) return following;
  return countHan(between) >= 2 ? between : opening;
}

/**
 * extract: key figures — every number with a unit and what it counts (新建独立企业工会 84 个,
 * 发放奖励 11.3 万元, 90.4 % 的建会企业开展了集体协商), with its sentence.
 */
export function extractFigures(blocks: ReadonlyArray<{ text: string }>): { figures: FigureDraft[]; unparsed: string[] } {
  const figures: FigureDraft[] = [];
  const unparsed: string[] = [];
  blocks.forEach(({ text }, block) => {
    for (const sentence of sentencesOf(text)) {
      for (const clause of sentence.split(/[，；]|—{2,}/)) {
        let previousEnd: number | null = null;
        for (const match of clause.matchAll(figurePattern)) {
          const [whole, value = '', approximate = '', unit = ''] = match;
          const start = match.index ?? 0;
          if (notStatistic.test(clause.slice(start + value.length))) continue;
          const label = labelFor(clause, start, start + whole.length, previousEnd);
          previousEnd = start + whole.length;
          if (countHan(label) < 2) {
            unparsed.push(`${value}${approximate}${unit}：${sentence.trim()}`);
            continue;
          }
          figures.push({ label, value: value.replace(/\s+/g, ''), unit: approximate + unit, text: sentence.trim(), block });
        }
      }
    }
  });
  return { figures, unparsed };
}
