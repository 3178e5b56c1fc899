import type { Division } from './gazetteer.ts';
import { toSimplified } from '../../content-model/simplified.ts';
import { parentsNamed, publicationPlace, settleByContext, sharedCity, type BareLevel } from './region-context.ts';
import { count, mentions, namedDivisions } from './region-names.ts';

export interface RegionText {
  /** Title, kicker and subtitle. */
  head: string;
  body: string;
  /** Who published it (a dateline's 宿松融媒, the page's 来源): a local outlet names its place. */
  publication?: string | undefined;
}

export type RegionMatch =
  /** `inferred`: settled from context or the publication rather than named outright — worth a look. */
  | { status: 'found'; division: Division; evidence: string; inferred?: true }
  | { status: 'ambiguous'; name: string; candidates: Division[] }
  | { status: 'unknown'; reason: string };

const sampleLength = 30_000;

/**
 * 城区, 郊区, 矿区, 东区: district names that are common words (在城区建成驿站) — read only with
 * their city before them (阳泉市城区, 阳泉城区).
 */
function asNamed(division: Division): Division {
  if (!/^\p{Script=Han}区$/u.test(division.name) || !division.city) return division;
  const city = division.city;
  return { ...division, name: `${city}${division.name}`, aliases: [`${city.replace(/市$/, '')}${division.name}`] };
}

/** Mentions of a division: its full name or short name (顺义区 / 顺义), title mentions weigh more. */
function score(named: Division, text: RegionText): number {
  const division = asNamed(named);
  const names = [division.name, ...division.aliases];
  const inHead = names.some((name) => mentions(text.head, name, division) > 0);
  if (
    !inHead &&
    !text.body.includes(division.name) &&
    !division.aliases.some((alias) => alias.length >= 4 && mentions(text.body, alias, division) > 0)
  )
    return 0;
  const shortest = [...names].sort((a, b) => a.length - b.length)[0] ?? division.name;
  // 阳泉市城区 and 阳泉城区 do not overlap: both count.
  const times = (part: string) =>
    division === named ? mentions(part, shortest, division) : names.reduce((sum, name) => sum + count(part, name), 0);
  const placed = parentsNamed(division, `${text.head}\n${text.body}`) > 0 ? 1 : 0;
  return times(text.head) * 5 + times(text.body) + placed;
}

/** 我市、本区、市总工会 (no place name before it): the text speaks of its own place without naming it. */
const bareReference = /(?:我|本)(省|市|区|县)|(?<![\p{Script=Han}])(省|市|区|县)总工会|^(省|市|区|县)总工会/mu;

function bareLevelOf(reference: RegExpExecArray | null): BareLevel | null {
  if (!reference) return null;
  return (reference[1] ?? reference[2] ?? reference[3]) === '省' ? 'province' : 'local';
}

/**
 * extract: the place an article is about — the division it names most (title counts five
 * times). Traditional characters are read as Simplified. A name shared by several places
 * (朝阳区) is settled by the other places named and the publication, or reported; a text that
 * only says 我市 or 区总工会 takes its place from a local publication (宿松融媒, 长春晚报), else is
 * reported, never guessed.
 */
export function resolveRegion(raw: RegionText, gazetteer: readonly Division[]): RegionMatch {
  // The place is named early; reading a sample keeps a 5 MB source fast.
  const text = { head: toSimplified(raw.head.slice(0, 2000)), body: toSimplified(raw.body.slice(0, sampleLength)) };
  const publication = toSimplified(raw.publication ?? '');
  // Only the divisions named somewhere are scored (the gazetteer has ~45,000): same result, a
  // fraction of the searches.
  const named = namedDivisions(gazetteer, text);
  const outlet = publication ? namedDivisions(gazetteer, { head: publication, body: '' }) : [];
  const context = { others: [...named, ...outlet], text: `${text.head}\n${text.body}\n${publication}`, gazetteer };
  const towns = named.filter((division) => division.level === 'town');
  const scored = named
    .filter((division) => division.level !== 'town')
    .map((division) => ({ division, score: score(division, text) }))
    .filter((entry) => entry.score > 0);
  const match = resolveAmong(scored, text, context);
  if (match.status === 'found') {
    const town = townWithin(match.division, towns, text);
    return town ? { status: 'found', division: town, evidence: town.name } : match;
  }
  const alone = onlyTown(towns, text);
  if (alone) return { status: 'found', division: alone, evidence: alone.name };
  if (match.status === 'unknown' && outlet.length > 0) {
    const place = publicationPlace(
      publication,
      outlet,
      bareLevelOf(bareReference.exec(text.body)),
      context.others,
      context.text,
    );
    if (place) return { status: 'found', division: place, evidence: `出处“${raw.publication}”`, inferred: true };
  }
  return match;
}

/** Names of a town the text uses (省属黄海农场 is written 黄海农场). */
const townNames = (town: Division) => [town.name, ...town.aliases];

/** A town's own union or service site (西乡街道总工会, 华泾镇关港职工服务站). */
const ownBody = (name: string) =>
  new RegExp(`${name}[^，。；、,;]{0,8}?(?:总工会|工会|工委|职工之家|职工服务站|服务站|驿站|服务中心)`);

/** The lead is about the town's own union or site, not the whole district (全区) nor held at it (在华泾镇…举办). */
const leadAbout = (name: string, lead: string) =>
  !/全(?:区|县|市)/.test(lead) && ownBody(name).test(lead) && !new RegExp(`[在于到赴]${name}`).test(lead);

/**
 * The town (街道、镇、乡、农场) an article about a district is really about: one of the district's
 * towns named in the title; or named at least as often as the district and either in the lead
 * or through its own union (西乡街道总工会); or the only one of its towns named, the lead being
 * about its own union or service site (华泾镇…职工服务站) — not about the whole district (全区),
 * nor held there (在…举办). A district article that once names a town's union stays the district's.
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
  const only = inside.length === 1 ? inside[0] : undefined;
  return (
    inside.find((town) => says(town, (name) => text.head.includes(name))) ??
    inside.find(
      (town) =>
        says(town, (name) => count(text.body, name) >= districtTimes) &&
        says(town, (name) => lead.includes(name) || ownBody(name).test(text.body)),
    ) ??
    (only && says(only, (name) => leadAbout(name, lead)) ? only : null)
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

function resolveAmong(
  scored: Array<{ division: Division; score: number }>,
  text: RegionText,
  context: { others: readonly Division[]; text: string; gazetteer: readonly Division[] },
): RegionMatch {
  if (scored.length === 0) {
    const bare = bareReference.exec(text.body)?.[0];
    return {
      status: 'unknown',
      reason: bare ? `文中只说“${bare}”，没有写出地名，出处也看不出` : '文中没有找到任何行政区划或功能区的名称',
    };
  }
  const best = Math.max(...scored.map((entry) => entry.score));
  const top = scored.filter((entry) => entry.score === best).map((entry) => entry.division);
  const names = new Set(top.map((division) => division.name));
  if (names.size > 1) {
    // 北京市 and 北京经济技术开发区 tie on 北京: the wider name wins only if the narrower is not named in full.
    const full = top.filter((division) => text.head.includes(division.name) || text.body.includes(division.name));
    if (full.length === 1 && full[0]) return { status: 'found', division: full[0], evidence: full[0].name };
    const city = names.size === top.length ? sharedCity(top, context.gazetteer) : null;
    if (city)
      return {
        status: 'found',
        division: city,
        evidence: `文中同样常提到的${[...names].join('、')}同属${city.name}`,
        inferred: true,
      };
  }
  if (top.length === 1 && top[0]) return { status: 'found', division: top[0], evidence: top[0].name };
  const settled = settleByContext(top, context.others, context.text);
  if (settled)
    return {
      status: 'found',
      division: settled.division,
      evidence: `文中同时提到的“${settled.by}”`,
      inferred: true,
    };
  return { status: 'ambiguous', name: top[0]?.name ?? '', candidates: top };
}
