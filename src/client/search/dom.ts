// Tiny DOM builder: results are built from element nodes and text, never from HTML strings,
// so page text can never inject markup.
type Child = Node | string | null | undefined | false;

export function h(tag: string, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}
