/** Characters a cadre reads per minute in running Chinese prose (a conservative 400). */
export const charactersPerMinute = 400;

/** Whole minutes to read `characters` Chinese characters; at least one. */
export function readingMinutes(characters: number): number {
  return Math.max(1, Math.round(characters / charactersPerMinute));
}
