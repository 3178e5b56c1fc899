import { readNameLine } from '../segment/name-line.ts';
import type { Block } from '../types.ts';

const marker = /^(?:[□■◎●▲]\s*|(?:文|撰文|作者|图文)\s*[/／｜|：:]\s*)/;
/** Everything up to a role word: 本报记者 · 工人日报-中工网记者 · 通訊員. */
const roles = /^.*(?:记者|記者|通讯员|通訊員)\s*/;
/** A dateline's frame: 本报讯（…） · 中工网讯 · 本報訊（…）. */
const dateline = /^[^（(]*[讯訊]\s*[（(]?|[）)]$/g;

/** extract: the publication a dateline or a name line names (中工网讯 → 中工网); 本报 names none. */
export function publicationOf(bylines: readonly Block[]): string | undefined {
  for (const byline of bylines) {
    const named = readNameLine(byline.text)?.publication;
    if (named) return named;
    const name = /^([\p{Script=Han}]{2,10}?)(?:[讯訊])/u.exec(byline.text)?.[1];
    if (name && !/^本[报報刊台]$/.test(name)) return name;
  }
  return undefined;
}

/** extract: □本报记者 张江艳 → [张江艳]; ■黄海虹、王慧 → [黄海虹, 王慧]; 文/金佳 何君林 → [金佳, 何君林]. */
export function authorsOf(bylines: readonly Block[]): string[] {
  const names = bylines.flatMap(
    (byline) =>
      readNameLine(byline.text)?.names ??
      byline.text
        .replace(marker, '')
        .replace(dateline, '')
        .split(/[、，,;；\s]+/)
        .map((name) => name.replace(roles, '').trim())
        .filter((name) => name.length > 0 && !/[讯訊]$/.test(name)),
  );
  return [...new Set(names)];
}

/** extract: （作者单位：台州市总工会） → [台州市总工会]. */
export function authorUnitsOf(units: readonly Block[]): string[] {
  const names = units.flatMap((unit) =>
    unit.text
      .replace(/^（\s*作者单位\s*：\s*/, '')
      .replace(/\s*）$/, '')
      .split(/[、；;]/)
      .map((name) => name.trim())
      .filter(Boolean),
  );
  return [...new Set(names)];
}

/** extract: the date a name line gives (王小明 某某日报 2024年3月5日 → 2024-03-05). */
export function bylineDateOf(bylines: readonly Block[]): string | undefined {
  for (const byline of bylines) {
    const date = readNameLine(byline.text)?.date;
    if (date) return date;
  }
  return undefined;
}
