/**
 * Page furniture copied with a web page's text: what each kind looks like. Every rule is
 * tested on the line folded to Simplified (so 來源 is 来源) and names itself in the report.
 */

import { visibleLength } from '../chars.ts';

export interface LineRule {
  /** Shown in the report and the review page: why the line was removed. */
  rule: string;
  test: (line: string) => boolean;
}

const colon = '\\s*[:：]';
const short = (limit: number) => (line: string) => visibleLength(line) <= limit;
const sentence = /[。！？]/;

/** Meta labels of a news page's info line (发布时间：… 来源：… 作者：…). */
const metaLabel = new RegExp(
  `(?:发布时间|发表时间|发布日期|更新时间|时间|日期|来源|稿件来源|信息来源|文章来源|作者|编辑|责编|责任编辑|一审|二审|三审|初审|复审|终审|审核|审校|校对|浏览次数|浏览|点击数|点击量|点击|阅读量|阅读|访问量|字体|字号)${colon}`,
);
const dateTime = /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?/;

// Built once: the rules run on every short line of every source.
const metaField = new RegExp(`${metaLabel.source}\\s*\\S*`, 'g');
const breadcrumbLabel = new RegExp(`^(?:您(?:现在)?的位置|当前(?:的)?位置|所在位置|位置)${colon}`);
const editionLabel = new RegExp(`^出版日期${colon}|^第\\s*\\d+\\s*版`);
const footerWords = new RegExp(
  `版权所有|Copyright|©|ICP[备证]|网站地图|主办单位${colon}|技术支持${colon}|联系我们|^地址${colon}|邮编${colon}`,
  'i',
);
const captionLabel = new RegExp(`^图说${colon}|供图$`);

function metaLine(line: string): boolean {
  if (!metaLabel.test(line) || sentence.test(line) || !short(100)(line)) return false;
  // The line is made of labelled fields: once `label：value` pairs are taken out, little is left.
  const rest = line
    .replace(metaField, '')
    .replace(/(?:https?:)?\/\/\S+/g, '')
    .replace(/[\d\s:：.\-/|｜【】[\]（）()]+/g, '');
  return [...rest].length <= 16;
}

export const lineRules: readonly LineRule[] = [
  {
    rule: '导航路径（您的位置/当前位置/首页 > …）',
    test: (line) =>
      breadcrumbLabel.test(line) ||
      /(?:首页|主页)\s*[>＞»›→]/.test(line) ||
      (short(60)(line) && /[>＞-]\s*正文$/.test(line)),
  },
  { rule: '网页信息行（发布时间、来源、作者、编辑、浏览次数……）', test: metaLine },
  {
    rule: '网页按钮（字体大小、分享、打印、关闭、扫一扫……）',
    test: (line) =>
      short(40)(line) &&
      /字体\s*[:：]?\s*[【[]?\s*[大中小]|^【?\s*字体|放大\s*缩小|分享到|打印本页|打印此页|【打印】|关闭窗口|【关闭】|扫一扫|返回顶部|加入收藏|^上一篇|^下一篇/.test(
        line,
      ),
  },
  {
    rule: '电子报版面信息（出版日期、第N版、报名日期行）',
    test: (line) =>
      editionLabel.test(line) ||
      /^《?[\p{Script=Han}]{2,10}报》?\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*星期.$/u.test(line) ||
      /^《[^》]{2,12}》\s*[（(]\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*\d{1,2}\s*版\s*[）)]$/.test(line),
  },
  {
    rule: '网站页头（官方网站、首页、今天是、举报电话）',
    test: (line) =>
      short(60)(line) && /官方网站|网站首页|今天是\s*$|举报电话|举报邮箱|自律管理承诺书|违法和不良信息/.test(line),
  },
  {
    rule: '网页页脚（版权所有、地址、ICP备、特别声明……）',
    test: (line) => /^(?:特别声明|免责声明|版权声明)\s*[:：]/.test(line) || (short(80)(line) && footerWords.test(line)),
  },
  {
    rule: '图片占位（![]()、文件名、图片网址、-LMLPHP）',
    test: (line) =>
      /^!\[[^\]]*\]\([^)]*\)(?:\s*!\[[^\]]*\]\([^)]*\))*$/.test(line) ||
      /-LMLPHP$/.test(line) ||
      /^IMG_\d+/i.test(line) ||
      /^\S+\.(?:jpe?g|png|gif|webp|bmp)(?:\?\S*)?$/i.test(line) ||
      /^(?:https?:)?\/\/\S+$/.test(line),
  },
  {
    rule: '图片说明（图片没有随文字保存）',
    test: (line) => short(60)(line) && captionLabel.test(line),
  },
  {
    rule: '翻页（页：[1]、上一页/下一页）',
    test: (line) => /^页\s*[:：]?$|^\[\d+\]$|^(?:上一页|下一页|首页|尾页)/.test(line),
  },
  { rule: '表格残留（只有竖线的行）', test: (line) => /^[|｜\s]+$/.test(line) },
  {
    rule: '网站栏目名',
    test: (line) =>
      short(8)(line) && /^[\p{Script=Han}]{0,4}(?:娱乐|体育|财经|视频|图片|专题|论坛|博客|频道)$/u.test(line),
  },
];

/** Inside a line: an image's address and the caption glued after it (…。https://….png说明。X 供图此次…). */
export const inlineImage =
  /(?:https?:)?\/\/[\w./%-]+?\.(?:jpe?g|png|gif|webp|bmp)(?:\?[\w=&.%-]*)?(?:[^。！？\n]{0,40}。?[^。！？\n]{0,20}?(?:供图|摄))?/gi;

/** Dates a meta line gives: 2026-02-12, 2015年07月28日. */
export function dateIn(line: string): string | null {
  const match = dateTime.exec(line);
  if (!match) return null;
  const [year, month, day] = match[0].split(/\D+/).filter(Boolean);
  return `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
}

/**
 * Pinyin a conversion site inserts after characters (區(qū) 設(shè) 學(xué)): a Han character followed by a
 * bracketed syllable with a tone mark. The character stays, the bracket goes.
 */
export const pinyinDebris = /(?<=\p{Script=Han})[（(][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ][a-zü]*[）)]/gu;

/** Characters lost in a wrong decoding: the replacement character, alone or in runs. */
export const mojibake = /\ufffd+/g;
