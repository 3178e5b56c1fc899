import type { Division } from './gazetteer.ts';
import { regionTrail } from '../../content-model/region.ts';
import { LiteralIndex } from '../literals.ts';

/** Times `needle` occurs in `text`. */
export function count(text: string, needle: string): number {
  return needle ? text.split(needle).length - 1 : 0;
}

/** Suffixes of a division's name: 朝阳 followed by 区 is not 朝阳县. */
const suffixAfter = /^(?:街道|自治县|自治州|新区|省|市|区|县|镇|乡|旗|盟)/;

/** Times the text names the division by this name — a short name followed by another division's suffix does not count. */
export function mentions(text: string, name: string, division: Division): number {
  if (!name) return 0;
  if (name === division.name) return count(text, name);
  const own = division.name.slice(name.length);
  let found = 0;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    const suffix = suffixAfter.exec(text.slice(at + name.length, at + name.length + 3))?.[0];
    if (!suffix || own.startsWith(suffix)) found++;
  }
  return found;
}

/** The gazetteer's names, and which divisions a name found in the head or body may score. */
interface NameIndex {
  names: LiteralIndex;
  /** Positions in the gazetteer of the divisions a name found in the head may score (any of their names). */
  fromHead: Map<string, number[]>;
  /** …found in the body: their full name, or an alias of four characters or more. */
  fromBody: Map<string, number[]>;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list.at(-1) !== value) list.push(value);
}

const nameIndexes = new WeakMap<readonly Division[], NameIndex>();

function nameIndexOf(gazetteer: readonly Division[]): NameIndex {
  let index = nameIndexes.get(gazetteer);
  // Keyed by the array itself: a changed gazetteer is a new array (it is readonly), so checking
  // every division again on each call (41,000 of them, once per article) is not needed.
  if (!index) {
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
    index = { names: new LiteralIndex(fromHead.keys()), fromHead, fromBody };
    nameIndexes.set(gazetteer, index);
  }
  return index;
}

/**
 * The divisions a text names, in gazetteer order: a name of theirs in the head (short names
 * too: 宿松, 长春), or their full name (or an alias of four characters or more) in the body —
 * read from the names found in one pass over each.
 */
export function namedDivisions(gazetteer: readonly Division[], text: { head: string; body: string }): Division[] {
  const index = nameIndexOf(gazetteer);
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

/**
 * The divisions a name an editor wrote means: by full name, with or without what it lies in
 * (朝阳区, 长春市朝阳区, 吉林省长春市朝阳区), else by a short name (顺义) — several when it is shared.
 */
export function divisionsCalled(name: string, gazetteer: readonly Division[]): Division[] {
  const wanted = name.replace(/\s+/g, '');
  const written = (division: Division) => {
    const trail = regionTrail(division);
    return trail.some((_, start) => trail.slice(start).join('') === wanted);
  };
  const full = gazetteer.filter((division) => division.name === wanted || written(division));
  return full.length > 0 ? full : gazetteer.filter((division) => division.aliases.includes(wanted));
}
