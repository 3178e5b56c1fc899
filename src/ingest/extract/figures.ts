import { countHan } from '../chars.ts';
import { classifiers, statisticsOf, type Found } from './figure-numbers.ts';

/** A statistic read from a sentence, tied to the block it came from. */
export interface FigureDraft {
  label: string;
  value: string;
  unit: string;
  text: string;
  /** Index of the body block holding the sentence. */
  block: number;
}

/** 142个工会驿站, 4.8万元慰问金: after a measure word, the noun that follows is what was counted. */
const measureWord = new RegExp(`(?:${classifiers})$`);
/** What may follow a measure word without being the counted noun (9个以上, 3家之一, 20人的…, 17个减为16个). */
const notNounAfter = /^(?:的|以上|以下|以内|左右|之|其中|共|和|与|及|或|[/／]|[减增降提]|分别)/;
/** Verbs that, closing the clause after the counted noun, name the count (3.2万余名职工参加 → 参加职工). */
const takingPart = /(?:参加|参与|入驻)$/;
/** Where a clause ends: what is counted never reaches across these. */
const boundary = /[，；、：。！？,;:!?]|—{2,}/g;

/** A label longer than this is shortened at a word boundary, or the figure is dropped. */
const maxLabel = 13;
/** 90.4%的建会企业开展了集体协商: a share names who did what, which takes a few more characters. */
const maxShareLabel = 16;

/** Time, scope and connective words that open a clause but are not what is counted. */
const leading =
  /^(?:其中|包括|共计|累计|总计|合计|全年|年内|今年以来|上半年|下半年|截至目前|截至|目前|如今|同时|并且|并|向|为|对|共有|共|已经|已|另有|有|约|近|全区|全市|全县|全省|\d+年(?:以来|来)?|[“”‘’"《》（）])+/;
const trailing =
  /(?:分别提高到|提高到|增加到|增长到|达到|超过|分别|共计|累计|总计|合计|约|近|由|从|为|对|向|给|达|至|共|有|是|的|[“”‘’"《（])+$/;
/** A clause that ends in one of these counts what follows the number (召开1714场企业沟通会, 为49名获奖选手). */
const beforeObject =
  /(?:了|为|对|向|给|在|与|和|及|把|将|的|等|有|召开|建成|招募|涉及|完成|发放|配备|救助|选择|收到|来自|举办|开办|培训|接收|深化|共有|达成|吸引|带动|帮助|慰问|走访|覆盖|新建|创建|选派|选树|评选|表彰|资助)$/;
/** Verbs that may be put before a short counted noun: 培训28个工种 → 培训工种, 涉及3745家企业 → 涉及企业. */
const prefixVerb = /(?:召开|涉及|培训|救助|招募|举办|配备|开办|慰问|走访|资助|表彰|选派)$/;
/** Verbs inside a long noun-first label where the counted thing starts (两江新区创建全国模范职工之家 → 创建…). */
const innerVerb = /覆盖|新建|创建|建成|发放|配备|开办|举办|召开|录入|整合|培训|招募|救助|选树|表彰|开展|设立|建立/g;
/** Words after the counted noun where its name ends (获奖选手|发放奖励, 改革措施|被分解为). */
const afterNoun =
  /发放|进行|开展|达成|参加|根据|集约|整合|被|用于|共计|共|组建|达到|建立|推进|实现|获得|参与|接受|享受|得到|分布|入驻|完成|返还|加入|进驻|包含|全部|均|都|分别|收到/g;
/** Nouns that close a counted phrase (改革试点单位|工会根据…). */
const headNoun = /(?:单位|企业|工会|职工|会员|组织|选手|子女|之家|小家|中心|工作者|干部|主席|社区|村|站|室|班|会)/g;
/** Words that say nothing on their own about what was counted. */
const meaningless =
  /^(?:方面|单位|工作|个人|其中|月后|以上|以下|完成|全市|全区|全省|全县|成立|开展|推进|进行|建立|情况|任务|问题)$/;

function sentencesOf(text: string): string[] {
  return text.match(/[^。！？；]+[。！？；]?/g) ?? [];
}

/** Trims connectives and stray punctuation at the edges; punctuation inside (村（社区）工会) stays. */
function clean(text: string, edges: RegExp = trailing): string {
  let trimmed = text.replace(/\s+/g, '');
  for (let previous = ''; previous !== trimmed;) {
    previous = trimmed;
    trimmed = trimmed
      .replace(/^[”’》）、：]+|[“‘《（、：]+$/g, '')
      .replace(leading, '')
      .replace(edges, '');
  }
  const balanced = [
    ['“', '”'],
    ['（', '）'],
    ['《', '》'],
  ].every(([open = '', close = '']) => trimmed.split(open).length === trimmed.split(close).length);
  return balanced ? trimmed : trimmed.replace(/[“”‘’《》（）]/g, '');
}

/** A long noun-first label keeps its end, cut where a word starts: 两江新区创建全国模范职工之家 → 创建全国模范职工之家, …竞赛暨第七届职工技能大赛 → 第七届职工技能大赛. */
function shortenFront(label: string, limit = maxLabel): string {
  if (label.length <= limit) return label;
  const starts = new Set<number>();
  for (const match of label.matchAll(/的|中|将|把|在|为|向|对|已经|已|等|由|从|给|共|暨/g))
    starts.add((match.index ?? 0) + match[0].length);
  for (const match of label.matchAll(innerVerb)) starts.add(match.index ?? 0);
  const fitting = [...starts]
    .sort((a, b) => a - b)
    .map((start) => clean(label.slice(start)))
    .find((rest) => rest.length <= limit && countHan(rest) >= 2);
  return fitting ?? '';
}

/**
 * The counted thing named before a number: the subject and adverbs before 已经/将/等/累计 go
 * (北京工会已经建成工会服务站 → 建成工会服务站, 叉车等技能大赛 → 技能大赛), and after a
 * preposition the verb phrase is kept (在困难职工发放生活补助 → 发放生活补助).
 */
function subjectOf(head: string): string {
  let label = head;
  const marker = [...label.matchAll(/已经|已|将|把|等|累计|共计|合计|总计/g)].pop();
  if (marker) {
    const rest = clean(label.slice((marker.index ?? 0) + marker[0].length));
    if (countHan(rest) >= 2) label = rest;
  }
  if (/^(?:在|为|对|向|给)/.test(label)) {
    const verb = [...label.matchAll(innerVerb)].pop();
    if (verb && (verb.index ?? 0) > 1) label = clean(label.slice(verb.index));
  }
  return shortenFront(label);
}

/** The counted noun after a number, cut before the verb that follows it when that is needed. */
function nounAfter(tail: string, cutAtVerb: boolean): { label: string; used: number } {
  // 72家企业的860名职工: the noun ends at 的, 和, 与, 及 or a bracketed aside that opens after it.
  const stop = tail.search(/的|和|与|及|以及|（[^）]*$/);
  let phrase = (stop === -1 ? tail : tail.slice(0, stop)).replace(/\s+/g, '');
  let used = phrase.length;
  if (cutAtVerb || phrase.length > maxLabel) {
    const verb = [...phrase.matchAll(afterNoun)].find((match) => countHan(phrase.slice(0, match.index)) >= 2);
    if (verb) phrase = phrase.slice(0, verb.index);
    if (phrase.length > maxLabel) {
      const ends = [...phrase.matchAll(headNoun)]
        .map((match) => (match.index ?? 0) + match[0].length)
        .filter((end) => end <= maxLabel);
      phrase = ends.length > 0 ? phrase.slice(0, Math.max(...ends)) : '';
    }
    used = phrase.length;
  }
  const part = takingPart.exec(phrase);
  if (part && countHan(phrase.slice(0, part.index)) >= 2) phrase = part[0] + phrase.slice(0, part.index);
  const label = clean(phrase, /(?:的|共计|共|累计|合计|[“‘《（])+$/);
  // 8个方面推进改革: the noun before the verb is a bare word, so nothing readable was counted.
  const core = [...label.matchAll(afterNoun)].find((match) => countHan(label.slice(0, match.index)) >= 2);
  if (meaningless.test(core ? label.slice(0, core.index) : label)) return { label: '', used };
  return { label, used };
}

/** The text after a number opens with the counted noun, not a verb, a particle or a range word. */
function startsWithNoun(tail: string): boolean {
  const text = tail.replace(/^\s+/, '');
  if (!/^[“‘《]?\p{Script=Han}/u.test(text) || notNounAfter.test(text)) return false;
  const verbAt = (pattern: RegExp) => [...text.matchAll(pattern)].some((match) => match.index === 0);
  return !verbAt(afterNoun) && !verbAt(innerVerb);
}

/** Where the clause holding `index` starts and ends. */
function clauseAround(sentence: string, index: number): { from: number; to: number } {
  let from = 0;
  let to = sentence.length;
  for (const match of sentence.matchAll(boundary)) {
    const at = match.index ?? 0;
    if (at < index) from = at + match[0].length;
    else if (at >= index) {
      to = at;
      break;
    }
  }
  return { from, to };
}

/** 慰问环卫工人、快递员、外卖骑手等1200余人: a list before 等 is what was counted, named by its first item. */
function listLabel(sentence: string, clauseFrom: number): string {
  let start = clauseFrom;
  while (start > 1 && sentence[start - 1] === '、') start = clauseAround(sentence, start - 2).from;
  if (start === clauseFrom) return '';
  const first = subjectOf(clean(sentence.slice(start, sentence.indexOf('、', start))));
  return first ? `${first}等` : '';
}

function acceptable(label: string, limit: number): boolean {
  return (
    !/^[/／+~～-]/.test(label) &&
    countHan(label) >= 2 &&
    label.length <= limit &&
    !meaningless.test(label) &&
    !/^(?:以上|以下)/.test(label)
  );
}

/**
 * What each figure of a sentence counts:
 * - 「N+量词+名词」: the noun after the classifier (72家企业的… → 企业, 涉及3745家企业 → 涉及企业);
 * - 「名词/动词+宾语+N+量词」: the words before (新建独立企业工会84个, 发放奖励11.3万元);
 * - 「N%的X」: X (90.4%的建会企业开展了集体协商); 「X由N减为M」: X, X减为;
 * - a bare number after 、 continues the list before it (分别提高到60%、40%).
 * A figure whose label would be empty, a bare word (方面, 完成) or too long is returned as null.
 */
function labelsOf(sentence: string, found: Found[]): Array<string | null> {
  const labels: Array<string | null> = [];
  /** How far the previous figure's label reached into the text after it. */
  let consumed = 0;
  let lastSubject = '';
  found.forEach((figure, index) => {
    const clause = clauseAround(sentence, figure.start);
    const next = found[index + 1];
    const headFrom = Math.max(clause.from, consumed);
    const rawHead = sentence.slice(headFrom, figure.start);
    const head = clean(rawHead);
    const tailTo = next && next.start < clause.to ? next.start : clause.to;
    const rawTail = sentence.slice(figure.end, tailTo);
    consumed = figure.end;
    let label = '';
    let limit = maxLabel;

    const compactHead = rawHead.replace(/\s+/g, '');
    const counted = measureWord.test(figure.unit) && startsWithNoun(rawTail) ? nounAfter(rawTail, true) : null;
    const share = rawTail.match(/^(?:以上|以下)?的/);
    const reduced = compactHead.match(/^(?:减为|减至|增至|增加到|增加至|提高到|提高至|降至|降为)$/);
    if (
      share &&
      (/[%％]$/.test(figure.unit) ||
        head === '' ||
        /(?:不低于|不少于|不超过|每人|平均|共计|累计|合计|总计|共|约|近|达)$/.test(compactHead))
    ) {
      // 90.4%的建会企业开展了集体协商, 不低于100元的启动经费支持, 共计15余万元的捐款
      label = clean(rawTail.slice(share[0].length));
      if (/[%％]$/.test(figure.unit)) limit = maxShareLabel;
      consumed = tailTo;
    } else if (reduced && lastSubject) {
      label = `${lastSubject}${reduced[0]}`; // 由17个减为16个
    } else if (
      head === '' ||
      (beforeObject.test(compactHead.replace(/(?:全区|全市|全省|全县)$/, '')) &&
        !(/[%％]$/.test(figure.unit) && /的$/.test(compactHead)))
    ) {
      const object = nounAfter(rawTail, next !== undefined && next.start < clause.to);
      label =
        object.label || (/等$/.test(compactHead) && rawTail.trim() === '' ? listLabel(sentence, clause.from) : '');
      consumed = figure.end + object.used;
      const verb = compactHead.match(prefixVerb);
      if (verb && label.length <= 3 && countHan(label) >= 2) label = verb[0] + label;
      if (label === '' && head === '' && /^(?:以上|以下|左右)?$/.test(rawTail.trim())) {
        const separator = sentence.slice(clause.from - 1, clause.from);
        const previous = labels[index - 1];
        const before = found[index - 1];
        if (separator === '、' && previous && before && clauseAround(sentence, before.start).to === clause.from - 1) {
          label = previous; // 分别提高到60%、40%、20%
        } else {
          // 已经为73家新建单位发放建会专项基金，共计30.98万元 → 发放建会专项基金
          const text = sentence.slice(
            clauseAround(sentence, Math.max(0, clause.from - 2)).from,
            Math.max(0, clause.from - 1),
          );
          const verbs = [...text.matchAll(innerVerb)];
          const last = verbs[verbs.length - 1];
          if (last) label = clean(text.slice(last.index));
        }
      }
    } else if (counted && acceptable(counted.label, limit)) {
      // 下沉142个工会驿站, 送去4.8万元慰问金: the measure word counts the noun after it.
      label = counted.label;
      consumed = figure.end + counted.used;
    } else {
      label = subjectOf(head);
      if (/^(?:精简|减少|增加|新增|压缩|撤并)$/.test(label) && lastSubject)
        label = `${lastSubject}${label}`; // 精简8名
      else if (/[由从]$/.test(compactHead))
        lastSubject = label.length > 6 ? shortenFront(label, 6) || label.slice(-6) : label;
    }
    labels.push(acceptable(label, limit) ? label : null);
  });
  return labels;
}

/**
 * extract: key figures — every number with a unit and what it counts (新建独立企业工会 84 个,
 * 发放奖励 11.3 万元, 90.4 % 的建会企业开展了集体协商), with its sentence. Figures whose
 * counted thing cannot be read are listed in `unparsed` rather than published with a poor label.
 */
export function extractFigures(blocks: ReadonlyArray<{ text: string }>): {
  figures: FigureDraft[];
  unparsed: string[];
} {
  const figures: FigureDraft[] = [];
  const unparsed: string[] = [];
  blocks.forEach(({ text }, block) => {
    for (const raw of sentencesOf(text)) {
      const sentence = raw.trim();
      // Labels never hold spaces; reading a compact copy keeps 8个 方 面 from splitting a word.
      const compact = sentence.replace(/\s+/g, '');
      const found = statisticsOf(compact);
      const labels = labelsOf(compact, found);
      found.forEach(({ value, unit }, index) => {
        const label = labels[index];
        if (!label) unparsed.push(`${value}${unit}：${sentence}`);
        else figures.push({ label, value, unit, text: sentence, block });
      });
    }
  });
  return { figures, unparsed };
}
