/** Character classes shared by the stages. */

/** Han characters and the full-width punctuation that goes with them. */
export const wideCharacter = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2014\u2026\u00b7]/u;

export const hanCharacter = /\p{Script=Han}/u;

/** Characters that end a sentence (after trailing closing quotes and brackets are dropped). */
const sentenceEnd = /[。！？!?…；;：:.]$/;

const closer = /[”’」』）)》〉\]\s]/;

/** Whether a piece of text stops in the middle of a sentence. */
export function endsMidSentence(text: string): boolean {
  // As `!sentenceEnd.test(text.trim().replace(trailingClosers, ''))`, read from the end only:
  // both patterns are anchored at the end and match single UTF-16 units, and an anchored
  // pattern is otherwise tried at every position of a long paragraph.
  const trimmed = text.trim();
  let end = trimmed.length;
  while (end > 0 && closer.test(trimmed[end - 1] ?? '')) end--;
  // A closing quote or bracket ends the sentence only after a full stop inside it: …的准则。”
  return end === 0 || !sentenceEnd.test(trimmed[end - 1] ?? '');
}

/** Sentence-internal punctuation: a line holding one is running text, not a heading. */
export const sentencePunctuation = /[。！？；!?;]/;

const hanCharacters = /\p{Script=Han}/gu;

/** Han characters (code points) in the text. */
export function countHan(text: string): number {
  return text.match(hanCharacters)?.length ?? 0;
}

/** Visible length in characters (code points), spaces excluded. */
export function visibleLength(text: string): number {
  const visible = text.replace(/\s+/g, '');
  // As many as `[...visible]` yields, without building the array: a surrogate pair counts once.
  let length = visible.length;
  for (let at = 0; at < visible.length - 1; at++) {
    const unit = visible.charCodeAt(at);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = visible.charCodeAt(at + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        at++;
      }
    }
  }
  return length;
}
