/**
 * A set of fixed strings to look for in many texts: which of them occur in a text, found in
 * one pass over it (strings indexed by their first two UTF-16 units) instead of one search per
 * string. For the gazetteer's ~7,000 place names and the trigger phrases of the measures.
 */
export class LiteralIndex {
  readonly #byPair = new Map<number, string[]>();
  readonly #single = new Set<string>();
  readonly #hasEmpty: boolean;

  constructor(literals: Iterable<string>) {
    let hasEmpty = false;
    const seen = new Set<string>();
    for (const literal of literals) {
      if (seen.has(literal)) continue;
      seen.add(literal);
      if (literal.length === 0) hasEmpty = true;
      else if (literal.length === 1) this.#single.add(literal);
      else {
        const key = literal.charCodeAt(0) * 0x10000 + literal.charCodeAt(1);
        const list = this.#byPair.get(key);
        if (list) list.push(literal);
        else this.#byPair.set(key, [literal]);
      }
    }
    this.#hasEmpty = hasEmpty;
  }

  /** The literals that occur in the text: exactly those for which `text.includes(literal)`. */
  foundIn(text: string): Set<string> {
    const found = new Set<string>();
    if (this.#hasEmpty) found.add('');
    for (const literal of this.#single) if (text.includes(literal)) found.add(literal);
    for (let at = 0; at + 1 < text.length; at++) {
      const literals = this.#byPair.get(text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1));
      if (!literals) continue;
      for (const literal of literals) if (!found.has(literal) && text.startsWith(literal, at)) found.add(literal);
    }
    return found;
  }
}
