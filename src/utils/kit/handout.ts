import { anchorPattern, slugPattern } from '../../content-model/slug.ts';

/** One passage of a trainer's handout: where it lives and the trainer's note on it. */
export interface HandoutItem {
  caseId: string;
  anchor: string;
  /** The trainer's note; empty when none. */
  note: string;
}

/** A trainer's handout: a title and passages in the trainer's order. */
export interface Handout {
  title: string;
  items: HandoutItem[];
}

export const emptyHandout = (): Handout => ({ title: '', items: [] });

/** More than a handout would hold; a longer list in a link is cut here. */
export const maxItems = 100;

/** True when the pair could be a passage of this archive (case ids are slugs, anchors plain ASCII). */
export function isPassageRef(caseId: string, anchor: string): boolean {
  return slugPattern.test(caseId) && anchorPattern.test(anchor);
}

export const sameItem = (a: { caseId: string; anchor: string }, b: { caseId: string; anchor: string }): boolean =>
  a.caseId === b.caseId && a.anchor === b.anchor;

/** The handout with `items` checked: malformed references and repeats dropped, at most {@link maxItems}. */
export function cleanHandout(title: string, items: HandoutItem[]): Handout {
  const kept: HandoutItem[] = [];
  for (const item of items) {
    if (!isPassageRef(item.caseId, item.anchor) || kept.some((other) => sameItem(other, item))) continue;
    kept.push({ caseId: item.caseId, anchor: item.anchor, note: item.note.slice(0, 2000) });
  }
  return { title: title.slice(0, 200), items: kept.slice(0, maxItems) };
}

/**
 * The readable form of a handout link's query: `?t=<title>&p=<case>~<anchor>,…&n=<i>~<note>`.
 * Case ids and anchors never hold `~` or `,`; title and notes are percent-encoded.
 */
export function plainQuery(handout: Handout): string {
  const parts: string[] = [];
  if (handout.title) parts.push(`t=${encodeURIComponent(handout.title)}`);
  parts.push(`p=${handout.items.map((item) => `${item.caseId}~${item.anchor}`).join(',')}`);
  handout.items.forEach((item, index) => {
    if (item.note) parts.push(`n=${index}~${encodeURIComponent(item.note)}`);
  });
  return `?${parts.join('&')}`;
}

/** Reads {@link plainQuery}; null when the query names no passages. */
export function parsePlainQuery(params: URLSearchParams): Handout | null {
  const list = params.get('p');
  if (list === null) return null;
  const notes = new Map<number, string>();
  for (const entry of params.getAll('n')) {
    const split = entry.indexOf('~');
    if (split > 0) notes.set(Number(entry.slice(0, split)), entry.slice(split + 1));
  }
  const items = list
    .split(',')
    .filter(Boolean)
    .map((ref, index) => {
      const [caseId = '', anchor = ''] = ref.split('~');
      return { caseId, anchor, note: notes.get(index) ?? '' };
    });
  return cleanHandout(params.get('t') ?? '', items);
}

/** The compact JSON a compressed link carries: `[title, [[case, anchor, note?], …]]`. */
export function toCompact(handout: Handout): string {
  return JSON.stringify([
    handout.title,
    handout.items.map((item) => (item.note ? [item.caseId, item.anchor, item.note] : [item.caseId, item.anchor])),
  ]);
}

/** Reads {@link toCompact}; null when it is not that shape. */
export function fromCompact(json: string): Handout | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || typeof value[0] !== 'string' || !Array.isArray(value[1])) return null;
  const items = (value[1] as unknown[]).flatMap((entry) => {
    if (!Array.isArray(entry)) return [];
    const [caseId, anchor, note = ''] = entry as unknown[];
    return typeof caseId === 'string' && typeof anchor === 'string' && typeof note === 'string'
      ? [{ caseId, anchor, note }]
      : [];
  });
  return cleanHandout(value[0], items);
}
