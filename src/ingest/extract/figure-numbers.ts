/** The numbers of a sentence that are statistics: a value, its unit as written, where it stands. */

/** Measure words: what a number counts in (个, 名, 场次…); 万/亿 and 余/多 go before them. */
export const classifiers = '人次|场次|人|元|个|家|名|位|场|项|次|所|条|件|期|座|处|支|户|批|类|套|份|台|辆|间|本|册';
/** 3.2万余名 → 万余名, 15余万元 → 余万元, 2.5万条 → 万条, 2000余人 → 余人, 3.5万 → 万: the unit keeps its measure word. */
const units = `(?:余|多)?(?:万|亿)?(?:余|多)?(?:${classifiers})|(?:余|多)?(?:万|亿)(?:余|多)?|%|％`;
const number = '\\d+(?:\\.\\d+)?';
const figurePattern = new RegExp(`(${number}(?:\\s*[-—~～至]\\s*${number})?)(${units})`, 'g');
/** Pieces of a date, an age or a duration are not statistics (2019年, 7月19日, 3个月后, 5年来). */
const notStatistic = /^(?:年|月|日|号|时|届|次全国|岁|个月|周年|小时)/;

export interface Found {
  value: string;
  unit: string;
  start: number;
  end: number;
}

/** 50人以上非公企业, 职工已超25人可单独建会, 100人以上、规模以上企业: a threshold, not a count. */
function isThreshold(sentence: string, start: number, end: number): boolean {
  const after = sentence.slice(end);
  if (/^(?:以上|以下|以内)(?:[、\p{Script=Han}])/u.test(after) && !/^(?:以上|以下|以内)的/.test(after)) return true;
  return (
    /(?:超|超过|不足|满)$/.test(sentence.slice(0, start)) && /^\p{Script=Han}/u.test(after) && !after.startsWith('的')
  );
}

/** The statistics in a sentence: dates, ordinals (第3) and thresholds (50人以上企业) left out. */
export function statisticsOf(sentence: string): Found[] {
  const found: Found[] = [];
  for (const match of sentence.matchAll(figurePattern)) {
    const [whole, value = '', unit = ''] = match;
    const start = match.index ?? 0;
    const end = start + whole.length;
    if (notStatistic.test(sentence.slice(start + value.length))) continue;
    if (/第$/.test(sentence.slice(0, start))) continue;
    if (isThreshold(sentence, start, end)) continue;
    found.push({ value: value.replace(/\s+/g, ''), unit, start, end });
  }
  return found;
}
