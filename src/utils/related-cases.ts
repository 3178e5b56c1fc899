/** A case as far as relatedness is concerned. */
export interface CaseMeasures {
  id: string;
  measures: readonly string[];
}

/**
 * Every case's measures as a bit set, built once per build. Relatedness is then a popcount per
 * pair of cases: a page costs one tight pass over the archive instead of allocating, filtering
 * and sorting all N cases (which made the whole build grow with N²).
 */
export interface RelatedIndex {
  ids: string[];
  measureIds: string[];
  /** `words` 32-bit words per case, case i at [i * words, (i + 1) * words). */
  bits: Uint32Array;
  words: number;
  position: Map<string, number>;
}

export function relatedIndex(cases: readonly CaseMeasures[]): RelatedIndex {
  const measureIds = [...new Set(cases.flatMap((entry) => entry.measures))];
  const bitOf = new Map(measureIds.map((id, index) => [id, index]));
  const words = Math.max(1, Math.ceil(measureIds.length / 32));
  const bits = new Uint32Array(cases.length * words);
  cases.forEach((entry, caseIndex) => {
    for (const measure of entry.measures) {
      const bit = bitOf.get(measure) ?? 0;
      bits[caseIndex * words + (bit >>> 5)]! |= 1 << (bit & 31);
    }
  });
  return {
    ids: cases.map((entry) => entry.id),
    measureIds,
    bits,
    words,
    position: new Map(cases.map((entry, index) => [entry.id, index])),
  };
}

function popcount(value: number): number {
  let rest = value - ((value >>> 1) & 0x55555555);
  rest = (rest & 0x33333333) + ((rest >>> 2) & 0x33333333);
  return (((rest + (rest >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Other cases sharing measures with case `id`, most shared measures first (ties keep the
 * index's order), at most `limit`, each with the shared measure ids.
 */
export function relatedCases(index: RelatedIndex, id: string, limit = 5): Array<{ id: string; shared: string[] }> {
  const own = index.position.get(id);
  if (own === undefined) return [];
  const { bits, words } = index;
  const top: Array<{ position: number; count: number }> = [];
  for (let other = 0; other < index.ids.length; other++) {
    if (other === own) continue;
    let count = 0;
    for (let word = 0; word < words; word++) count += popcount(bits[own * words + word]! & bits[other * words + word]!);
    if (count === 0 || (top.length === limit && count <= top[limit - 1]!.count)) continue;
    const at = top.findIndex((candidate) => candidate.count < count);
    top.splice(at === -1 ? top.length : at, 0, { position: other, count });
    if (top.length > limit) top.pop();
  }
  return top.map(({ position }) => ({
    id: index.ids[position]!,
    shared: index.measureIds.filter(
      (_, bit) => (bits[own * words + (bit >>> 5)]! & bits[position * words + (bit >>> 5)]! & (1 << (bit & 31))) !== 0,
    ),
  }));
}
