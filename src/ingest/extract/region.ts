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

/** Suffixes of a division's name: 朝阳 followed by 区 is not 朝阳县. */
const suffixAfter = /^(?:街道|自治县|自治州|新区|省|市|区|县|镇|乡|旗|盟)/;

/** Times the text names the division by this name — a short name followed by another division's suffix does not count. */
function mentions(text: string, name: string, division: Division): number {
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

/** Mentions of a division: its full name or short name (顺义区 / 顺义), title mentions weigh more. */
function score(division: Division, text: RegionText): number {
  const names = [division.name, ...division.aliases];
  const inHead = names.some((name) => mentions(text.head, name, division) > 0);
  if (
    !inHead &&
    !text.body.includes(division.name) &&
    !division.aliases.some((alias) => alias.length >= 4 && mentions(text.body, alias, division) > 0)
  )
    return 0;
  const shortest = [...names].sort((a, b) => a.length - b.length)[0] ?? division.name;
  const placed = inContext(division, `${text.head}\n${text.body}`) ? 1 : 0;
  return mentions(text.head, shortest, division) * 5 + mentions(text.body, shortest, division) + placed;
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
  const named = candidates(gazetteer, nameIndexOf(gazetteer), text);
  const towns = named.filter((division) => division.level === 'town');
  const scored = named
    .filter((division) => division.level !== 'town')
    .map((division) => ({ division, score: score(division, text) }))
    .filter((entry) => entry.score > 0);
  const match = resolveAmong(scored, text);
  if (match.status === 'found') {
    const town = townWithin(match.division, towns, text);
    return town ? { status: 'found', division: town, evidence: town.name } : match;
  }
  const alone = onlyTown(towns, text);
  return alone ? { status: 'found', division: alone, evidence: alone.name } : match;
}

/** Names of a town the text uses (省属黄海农场 is written 黄海农场). */
const townNames = (town: Division) => [town.name, ...town.aliases];

/**
 * The town (街道、镇、乡、农场) an article about a district is really about: one of the district's
 * towns named in the title, or named at least as often as the district and either in the lead
 * or through its own union (西乡街道总工会). A district article that once names a town's union
 * stays the district's.
 */
function townWithin(division: Division, towns: readonly Division[], text: RegionText): Division | null {
  if (division.level !== 'district') return null;
  const lead = text.body.split('\n')[0] ?? '';
  const inside = towns.filter((town) => town.county === division.name && town.city === division.city);
  const districtTimes = [division.name, ...division.aliases].reduce(
    (most, name) => Math.max(most, mentions(text.body, name, division)),
    0,
  );
  const says = (town: Division, pattern: (name: string) => boolean) => townNames(town).some(pattern);
  return (
    inside.find((town) => says(town, (name) => text.head.includes(name))) ??
    inside.find(
      (town) =>
        says(town, (name) => count(text.body, name) >= districtTimes) &&
        says(town, (name) => lead.includes(name) || new RegExp(`${name}(?:总)?工(?:会|委)`).test(text.body)),
    ) ??
    null
  );
}

/** With no district or city named: a town only one place in the country bears, named twice or in the title. */
function onlyTown(towns: readonly Division[], text: RegionText): Division | null {
  const byName = new Map<string, Division[]>();
  for (const town of towns) for (const name of townNames(town)) byName.set(name, [...(byName.get(name) ?? []), town]);
  for (const [name, bearers] of byName) {
    const times = count(text.head, name) * 2 + count(text.body, name);
    if (bearers.length === 1 && times >= 2 && bearers[0]) return bearers[0];
  }
  return null;
}

function resolveAmong(scored: Array<{ division: Division; score: number }>, text: RegionText): RegionMatch {
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
