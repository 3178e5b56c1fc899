import type { Division } from './gazetteer.ts';
import { LiteralIndex } from '../literals.ts';
import { toSimplified } from '../../content-model/simplified.ts';

export interface RegionText {
  /** Title, kicker and subtitle. */
  head: string;
  body: string;
}

export type RegionMatch =
  | { status: 'found'; division: Division; evidence: string }
  | { status: 'ambiguous'; name: string; candidates: Division[] }
  | { status: 'unknown'; reason: string };

const sampleLength = 30_000;

function count(text: string, needle: string): number {
  return needle ? text.split(needle).length - 1 : 0;
}

/** Mentions of a division: its full name or short name (顺义区 / 顺义), title mentions weigh more. */
function score(division: Division, text: RegionText): number {
  const names = [division.name, ...division.aliases];
  const inHead = names.some((name) => text.head.includes(name));
  if (
    !inHead &&
    !text.body.includes(division.name) &&
    !division.aliases.some((alias) => alias.length >= 4 && text.body.includes(alias))
  )
    return 0;
  const shortest = [...names].sort((a, b) => a.length - b.length)[0] ?? division.name;
  return count(text.head, shortest) * 5 + count(text.body, shortest);
}

/** The gazetteer's names, and which divisions a name found in the head or body may score. */
interface NameIndex {
  names: LiteralIndex;
  /** Positions in the gazetteer of the divisions a name found in the head may score (any of their names). */
  fromHead: Map<string, number[]>;
  /** …found in the body: their full name, or an alias of four characters or more. */
  fromBody: Map<string, number[]>;
  /** The divisions indexed: a gazetteer array changed since is indexed again. */
  divisions: readonly Division[];
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list.at(-1) !== value) list.push(value);
}

const nameIndexes = new WeakMap<readonly Division[], NameIndex>();

function nameIndexOf(gazetteer: readonly Division[]): NameIndex {
  let index = nameIndexes.get(gazetteer);
  if (
    !index ||
    index.divisions.length !== gazetteer.length ||
    index.divisions.some((division, position) => division !== gazetteer[position])
  ) {
    const fromHead = new Map<string, number[]>();
    const fromBody = new Map<string, number[]>();
    gazetteer.forEach((division, position) => {
      push(fromHead, division.name, position);
      push(fromBody, division.name, position);
      for (const alias of division.aliases) {
        push(fromHead, alias, position);
        if (alias.length >= 4) push(fromBody, alias, position);
      }
    });
    index = { names: new LiteralIndex(fromHead.keys()), fromHead, fromBody, divisions: [...gazetteer] };
    nameIndexes.set(gazetteer, index);
  }
  return index;
}

/**
 * The divisions {@link score} can put above zero, in gazetteer order: a name of theirs in the
 * head, or their full name (or an alias of four characters or more) in the body — the test
 * score starts with, read from the names found in one pass over the text.
 */
function candidates(gazetteer: readonly Division[], index: NameIndex, text: RegionText): Division[] {
  const positions = new Set<number>();
  for (const name of index.names.foundIn(text.head))
    for (const position of index.fromHead.get(name) ?? []) positions.add(position);
  for (const name of index.names.foundIn(text.body))
    for (const position of index.fromBody.get(name) ?? []) positions.add(position);
  return Int32Array.from(positions)
    .sort()
    .reduce<Division[]>((divisions, position) => {
      const division = gazetteer[position];
      if (division) divisions.push(division);
      return divisions;
    }, []);
}

/** Whether the text names the division's province or city as well (朝阳区 in 北京 vs 长春). */
function inContext(division: Division, text: string): boolean {
  const parents = [division.province, division.city].filter((name): name is string => !!name && name !== division.name);
  return parents.some((parent) => text.includes(parent) || text.includes(parent.replace(/(?:省|市|自治区)$/, '')));
}

/**
 * extract: the place an article is about — the division it names most (title counts five
 * times). Traditional characters are read as Simplified. A name shared by several places
 * (城关区) is settled by the province or city the text also names, or reported; a text that
 * only says 我市 is reported, never guessed.
 */
export function resolveRegion(raw: RegionText, gazetteer: readonly Division[]): RegionMatch {
  // The place is named early; reading a sample keeps a 5 MB source fast.
  const text = { head: toSimplified(raw.head.slice(0, 2000)), body: toSimplified(raw.body.slice(0, sampleLength)) };
  // Only the divisions named somewhere are scored (the gazetteer has ~3,500): same result, a
  // fraction of the searches.
  const scored = candidates(gazetteer, nameIndexOf(gazetteer), text)
    .map((division) => ({ division, score: score(division, text) }))
    .filter((entry) => entry.score > 0);
  if (scored.length === 0) {
    const bare = /我(?:市|区|县|省)/.exec(text.body)?.[0];
    return {
      status: 'unknown',
      reason: bare ? `文中只说“${bare}”，没有写出地名` : '文中没有找到任何行政区划或功能区的名称',
    };
  }
  const best = Math.max(...scored.map((entry) => entry.score));
  const top = scored.filter((entry) => entry.score === best).map((entry) => entry.division);
  const names = new Set(top.map((division) => division.name));
  if (names.size > 1) {
    // 北京市 and 北京经济技术开发区 tie on 北京: the wider name wins only if the narrower is not named in full.
    const full = top.filter((division) => text.head.includes(division.name) || text.body.includes(division.name));
    if (full.length === 1 && full[0]) return { status: 'found', division: full[0], evidence: full[0].name };
  }
  if (top.length === 1 && top[0]) return { status: 'found', division: top[0], evidence: top[0].name };
  const all = `${text.head}\n${text.body}`;
  const placed = top.filter((division) => inContext(division, all));
  if (placed.length === 1 && placed[0])
    return { status: 'found', division: placed[0], evidence: `${placed[0].name}（${placed[0].province}）` };
  return { status: 'ambiguous', name: top[0]?.name ?? '', candidates: top };
}
