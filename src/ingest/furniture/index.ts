import type { PageFacts } from '../../content-model/saved-page/page-facts.ts';
import { toSimplified } from '../../content-model/simplified.ts';
import type { SetAside, SourceLine } from '../types.ts';
import { dateIn, inlineImage, lineRules, mojibake, pinyinDebris } from './rules.ts';

/** The lines with the page's furniture taken out, and what it said (provenance, year, title). */
export interface Cleaned {
  /** The same lines, furniture blanked (line numbers kept) and glued-in images cut out. */
  lines: SourceLine[];
  removed: SetAside[];
  page: PageFacts;
}

/** Pieces cut out of a line of text, and why. */
const inlineRules: Array<[RegExp, string, (text: string) => boolean]> = [
  [inlineImage, '夹在正文里的图片网址和图片说明', (text) => text.includes('//')],
  [pinyinDebris, '转码网站插入的拼音（區(qū) → 區）', (text) => toneMark.test(text)],
  [mojibake, '乱码（解码失败的字符）', (text) => text.includes('\ufffd')],
];
// Each pattern is tried only on a line holding what it needs: most lines hold none of it.
const toneMark = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ]/;

/** Longer lines are never furniture (the longest, a 特别声明 footer, runs to ~100 characters). */
const furnitureLength = 160;

function cutInline(line: SourceLine, removed: SetAside[]): void {
  for (const [pattern, reason, worthTrying] of inlineRules) {
    if (!worthTrying(line.text)) continue;
    const found = [...line.text.matchAll(pattern)];
    for (const match of found) removed.push({ text: match[0], from: line.line, to: line.line, reason });
    if (found.length) line.text = line.text.replace(pattern, '');
  }
}

const headlineMark = /[（(](引题|主题|副题|肩题)[）)]$/;
const roleOf: Record<string, 'title' | 'kicker' | 'subtitle'> = {
  引题: 'kicker',
  肩题: 'kicker',
  主题: 'title',
  副题: 'subtitle',
};
const runningText = (text: string) => [...text].length > 40 || /[。！？]/.test(text);

/** A group of a pattern matched on the Simplified fold, as the line writes it (the fold keeps lengths). */
function asWritten(text: string, simplified: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(simplified);
  const group = match?.[1];
  if (!match || !group) return undefined;
  if (text.length !== simplified.length) return group;
  const at = match.index + match[0].indexOf(group);
  return text.slice(at, at + group.length);
}

function readFacts(text: string, simplified: string, page: PageFacts): void {
  page.date ??= dateIn(simplified) ?? undefined;
  page.publication ??=
    asWritten(text, simplified, /(?<!稿件)(?:来源|信息来源|文章来源)\s*[:：]\s*([^\s|｜]+(?:\s*——\s*\S+)?)/) ??
    asWritten(text, simplified, /^《?([\p{Script=Han}]{2,10}报)》?\s*[（(]?\s*(?:19|20)\d{2}年/u) ??
    asWritten(text, simplified, /^(\S+?)官方网站/);
  const edition = /(\d{1,2})\s*版\s*[）)]$/.exec(simplified)?.[1];
  if (edition) page.page ??= `第${edition}版`;
  const author = asWritten(text, simplified, /作者\s*[:：]\s*([\p{Script=Han}]{2,3})(?=\s|$)/u);
  if (author) page.authors ??= [author];
}

/**
 * furniture: normalized lines → the same lines without a web page's furniture (breadcrumbs,
 * info lines, widgets, e-paper headers, footers, image placeholders, pagers, table residue),
 * each removal listed with its rule, and what the furniture says (publication, date, 原标题).
 */
export function removeFurniture(lines: readonly SourceLine[]): Cleaned {
  const removed: SetAside[] = [];
  const page: PageFacts = {};
  const out = lines.map((line) => ({ ...line }));
  const blank = (line: SourceLine, reason: string) => {
    removed.push({ text: line.text, from: line.line, to: line.line, reason });
    line.text = '';
  };
  let seenText = false;
  for (const line of out) {
    if (!line.text) continue;
    // Furniture is short: a long line is running text, where only pieces glued into it can go.
    if (line.text.length > furnitureLength) {
      cutInline(line, removed);
      seenText = true;
      continue;
    }
    const simplified = toSimplified(line.text);
    const original = /^原标题\s*[:：]\s*(.*)$/.exec(simplified);
    const mark = headlineMark.exec(simplified);
    if (!seenText && (original || mark)) {
      const offset = original ? line.text.length - (original[1] ?? '').length : 0;
      const headline = line.text
        .slice(offset)
        .replace(/[（(][^（）()]{2}[）)]$/, '')
        .trim();
      const role = mark ? (roleOf[mark[1] ?? ''] ?? 'title') : 'title';
      page.headline = { ...page.headline, [role]: headline };
      removed.push({
        text: line.text,
        from: line.line,
        to: line.line,
        reason: `标题行（${original ? '原标题' : mark?.[1]}）→ 用作${{ title: '标题', kicker: '引题', subtitle: '副题' }[role]}`,
      });
      line.text = '';
      continue;
    }
    const rule = lineRules.find((candidate) => candidate.test(simplified));
    if (rule) {
      readFacts(line.text, simplified, page);
      blank(line, rule.rule);
      continue;
    }
    cutInline(line, removed);
    if (runningText(line.text)) seenText = true;
  }
  blankHeaderCompanions(out, removed);
  return { lines: out, removed: removed.sort((a, b) => a.from - b.from), page };
}

/**
 * Short labels set in the same block as a page header (an e-paper's column name 工运纵横 and
 * page number 03 under 出版日期) are part of it; only before the article's first sentence.
 */
function blankHeaderCompanions(lines: SourceLine[], removed: SetAside[]): void {
  const removedLines = new Set(removed.map((entry) => entry.from));
  let start = 0;
  for (let index = 0; index <= lines.length; index++) {
    const line = lines[index];
    const original = line ? !removedLines.has(line.line) && line.text === '' : true;
    if (!original) continue;
    const chunk = lines.slice(start, index);
    start = index + 1;
    if (chunk.some((entry) => entry.text && runningText(entry.text))) return;
    if (!chunk.some((entry) => removedLines.has(entry.line))) continue;
    for (const entry of chunk) {
      if (entry.text && [...entry.text].length <= 6 && !/[\p{P}]/u.test(entry.text)) {
        removed.push({ text: entry.text, from: entry.line, to: entry.line, reason: '电子报版面信息（栏目名、版次）' });
        entry.text = '';
      }
    }
  }
}
