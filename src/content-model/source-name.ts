/**
 * Raw source file names become URLs (`/sources/<name>`, the 查看原始文本 link) and files in
 * the build. Characters with a meaning in a URL path (`#` `?` `%` `\`), those Windows forbids in
 * a file name (`:` `*` `"` `<` `>` `|`), control characters and dot segments would break the
 * link or the build, so such names are refused with a rename to suggest; any script is fine
 * (005_海淀区.txt).
 */
const forbidden = /[\u0000-\u001f\u007f#?%\\/:*"<>|]/gu;

/** A name like `name` without the characters that break it, e.g. `005_海淀#1?.txt` → `005_海淀1.txt`. */
export function saferSourceName(name: string): string {
  const extension = /\.(?:txt|html?)$/i.exec(name)?.[0] ?? '.txt';
  const stem = name
    .slice(0, name.length - (name.endsWith(extension) ? extension.length : 0))
    .replace(forbidden, '')
    .replace(/\.{2,}/g, '.')
    .replace(/^\.+|\.+$/g, '');
  return `${stem || 'source'}${extension}`;
}

/** Why `name` cannot be published as a raw source, and how to rename it; null when it can. */
export function sourceNameProblem(name: string): string | null {
  const characters = [...new Set(name.match(forbidden) ?? [])];
  const dots = name.startsWith('.') || name.includes('..');
  if (characters.length === 0 && !dots) return null;
  const shown = characters.map((character) =>
    /[\u0000-\u001f\u007f]/u.test(character)
      ? `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
      : character,
  );
  const what = [
    ...(shown.length > 0 ? [`字符 ${shown.map((character) => `“${character}”`).join('')}`] : []),
    ...(dots ? ['“..”或开头的“.”'] : []),
  ];
  return (
    `文件名含有${what.join('和')}：它们在网址或文件名中有特殊含义，“查看原始文本”链接会打不开，构建也会出错。` +
    `请把文件改名为 ${saferSourceName(name)} 之类只含文字、数字、下划线、连字符、括号和单个点的名字（设置文件同名一起改），再运行 npm run ingest。`
  );
}
