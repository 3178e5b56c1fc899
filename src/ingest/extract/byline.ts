import type { Block } from '../types.ts';

const marker = /^(?:[□■◎●▲]\s*|(?:文|撰文|作者|图文)\s*[/／｜|：:]\s*)/;
const roles = /^(?:本报)?(?:记者|通讯员|特约记者|见习记者)\s*/;

/** extract: □本报记者 张江艳 → [张江艳]; ■黄海虹、王慧 → [黄海虹, 王慧]; 文/金佳 何君林 → [金佳, 何君林]. */
export function authorsOf(bylines: readonly Block[]): string[] {
  const names = bylines.flatMap((byline) =>
    byline.text
      .replace(marker, '')
      .split(/[、，,;；\s]+/)
      .map((name) => name.replace(roles, '').trim())
      .filter((name) => name.length > 0),
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
