/** Character classes shared by the stages. */

/** Han characters and the full-width punctuation that goes with them. */
export const wideCharacter = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2014\u2026\u00b7]/u;

export const hanCharacter = /\p{Script=Han}/u;

/** Characters that end a sentence (after trailing closing quotes and brackets are dropped). */
const sentenceEnd = /[。！？!?…；;：:.]$/;
const trailingClosers = /[”’」』）)》〉\]\s]+$/;

/** Whether a piece of text stops in the middle of a sentence. */
export function endsMidSentence(text: string): boolean {
  const trimmed = text.trim();
  const withoutClosers = trimmed.replace(trailingClosers, '');
  // A closing quote or bracket ends the sentence only after a full stop inside it: …的准则。”
  return !sentenceEnd.test(withoutClosers);
}

/** Sentence-internal punctuation: a line holding one is running text, not a heading. */
export const sentencePunctuation = /[。！？；!?;]/;

export function countHan(text: string): number {
  let count = 0;
  for (const character of text) if (hanCharacter.test(character)) count++;
  return count;
}

/** Visible length in characters (code points), spaces excluded. */
export function visibleLength(text: string): number {
  return [...text.replace(/\s+/g, '')].length;
}
