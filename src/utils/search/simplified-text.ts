// Whether a query can be searched without the script table (script-table.ts, ≈19 kB): text in
// GB2312, the Simplified character set, holds no Traditional form — but for a few characters
// GB2312 took in that are Traditional forms elsewhere (於 後 乾 …). The browser lists GB2312
// itself: its decoder turns the set's byte pairs into characters, so nothing is downloaded.

/** GB2312 characters that are a Traditional-only form (script-table.ts traditionalOnly); a test keeps the list whole. */
export const traditionalInGb2312 = '於夥後吒徵麴乾拚捱摺榘菸薹袷醣麽';

let gb2312: Set<string> | null = null;

/** The Han characters of GB2312: rows 0xB0–0xF7, cells 0xA1–0xFE. */
export function gb2312Han(): Set<string> {
  if (gb2312) return gb2312;
  // One decode of every byte pair: each pair is one character, or U+FFFD where GB2312 has none.
  const bytes: number[] = [];
  for (let row = 0xb0; row <= 0xf7; row += 1) {
    for (let cell = 0xa1; cell <= 0xfe; cell += 1) bytes.push(row, cell);
  }
  const found = new Set(new TextDecoder('gb2312').decode(Uint8Array.from(bytes)));
  found.delete('\ufffd');
  gb2312 = found;
  return found;
}

const han = /\p{Script=Han}/u;

/** True when every Han character of `text` is Simplified for certain (in GB2312 and not listed above). */
export function isSimplifiedText(text: string): boolean {
  const simplified = gb2312Han();
  return Array.from(text).every(
    (character) => !han.test(character) || (simplified.has(character) && !traditionalInGb2312.includes(character)),
  );
}
