// Simplified ↔ Traditional as one small table: opencc-js's character dictionaries (≈43 kB gzip
// with its converter) reduced to the characters whose forms differ (≈19 kB gzip). The ingest and
// the build use it through simplified.ts; the browser loads it as /search/script-table.json.
// Pure and dictionary-free, so the search page can import it.

/** Converts between Simplified and Traditional (injected so pure code never loads the dictionaries). */
export type Fold = (text: string) => string;

/** Pairs of characters written one after the other (简繁简繁…); see compactTable. */
export interface ScriptTable {
  /** Simplified, Traditional: each the other's first form. */
  both: string;
  /** Simplified, Traditional: one way only (the Traditional form folds back elsewhere). */
  toTraditional: string;
  /** Traditional, Simplified: one way only. */
  toSimplified: string;
}

/** An opencc-js dictionary ("㐷 傌|㐹 㑶|…") as character → first candidate, unchanged forms left out. */
function firstForms(dictionary: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const entry of dictionary.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from !== to) forms.set(from, to);
  }
  return forms;
}

/** The table from opencc-js's STCharacters and TSCharacters dictionaries (build time). */
export function compactTable(stCharacters: string, tsCharacters: string): ScriptTable {
  const traditional = firstForms(stCharacters);
  const simplified = firstForms(tsCharacters);
  const table: ScriptTable = { both: '', toTraditional: '', toSimplified: '' };
  for (const [s, t] of traditional) {
    if (simplified.get(t) === s) table.both += s + t;
    else table.toTraditional += s + t;
  }
  for (const [t, s] of simplified) if (traditional.get(s) !== t) table.toSimplified += t + s;
  return table;
}

function pairsOf(text: string): Array<[string, string]> {
  const characters = Array.from(text);
  const pairs: Array<[string, string]> = [];
  for (let index = 0; index + 1 < characters.length; index += 2)
    pairs.push([characters[index]!, characters[index + 1]!]);
  return pairs;
}

const escapeForClass = (character: string) => character.replace(/[\\\]^-]/g, '\\$&');

/** Replaces each character the table maps; a regular expression finds them (most text has none, and is scanned natively). */
function converter(forms: Map<string, string>): Fold {
  if (forms.size === 0) return (text) => text;
  const mapped = new RegExp(`[${[...forms.keys()].map(escapeForClass).join('')}]`, 'gu');
  return (text) => text.replace(mapped, (character) => forms.get(character) ?? character);
}

export interface ScriptFolds {
  toSimplified: Fold;
  toTraditional: Fold;
}

/** Character-by-character converters both ways. */
export function scriptFolds(table: ScriptTable): ScriptFolds {
  const both = pairsOf(table.both);
  const toTraditional = new Map([...both, ...pairsOf(table.toTraditional)]);
  const toSimplified = new Map([...both.map(([s, t]): [string, string] => [t, s]), ...pairsOf(table.toSimplified)]);
  return { toSimplified: converter(toSimplified), toTraditional: converter(toTraditional) };
}

/** Characters that are a Traditional form and never a Simplified one (驛 會 髮, not 乾 or 干): a text holding none is Simplified. */
export function traditionalOnly(table: ScriptTable): Set<string> {
  const pairs = [...pairsOf(table.both), ...pairsOf(table.toTraditional)];
  const simplified = new Set(pairs.map(([s]) => s));
  const traditional = [...pairs.map(([, t]) => t), ...pairsOf(table.toSimplified).map(([t]) => t)];
  return new Set(traditional.filter((character) => !simplified.has(character)));
}
