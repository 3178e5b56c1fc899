import zhCN from './zh-CN.json' with { type: 'json' };

export type UiKey = keyof typeof zhCN;

/** Looks up a UI string and fills `{name}` placeholders. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return zhCN[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
