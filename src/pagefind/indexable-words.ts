// The index words Pagefind makes of one whitespace-separated word of a page (its fossick
// `get_indexable_words`, 1.6): the word cut to its letters and digits, lowercased, diacritics
// folded (the original kept as a variant), stemmed; for a word with punctuation or inner capitals
// also its parts (kebab, snake, camel case), each of two bytes or more; and any emoji in it.
// Pagefind's runtime stems a query the same way, so a word indexed otherwise is never found.
import { english } from 'multilingual-stemmer';

export interface IndexableWord {
  stemmed: string;
  /** A part of a compound word: it carries a share of the word's weight. */
  compoundPart: boolean;
  /** The word before its diacritics were folded, when they were. */
  original?: string;
}

/** Rust's char::is_alphanumeric: Alphabetic, or a number (Nd, Nl, No). */
const alphanumeric = /[\p{Alphabetic}\p{Nd}\p{Nl}\p{No}]/u;
const uppercase = /\p{Uppercase}/u;
const lowercase = /\p{Lowercase}/u;
const asciiDigit = /[0-9]/;
const asciiPunctuation = /[!-/:-@[-`{-~]/g;
const whitespace = /\p{White_Space}+/u;
const emoji = /\p{Emoji}/u;
const emojiGrapheme = /^(?:\p{Extended_Pictographic}|\p{Emoji_Presentation}|\p{Regional_Indicator}|\p{Emoji}\uFE0F)/u;
/** Text with no character that NFD decomposes: ASCII and the common CJK blocks. */
const nothingToFold = /^[\u0000-\u007f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]*$/;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Kana voicing marks: a kana with one is kept whole. */
const kanaVoicing = /[\u3099\u309a]/;

/**
 * The word with each character decomposed and its combining marks dropped, when that differs
 * (café → cafe, 가 → ᄀ ᅡ; が stays): Pagefind 1.6.0's folding, read off its index.
 */
function foldDiacritics(word: string): string | undefined {
  if (nothingToFold.test(word)) return undefined;
  let folded = '';
  for (const character of word) {
    const decomposed = character.normalize('NFD');
    folded += kanaVoicing.test(decomposed) ? character : decomposed.replace(/\p{M}/gu, '');
  }
  return folded === word ? undefined : folded;
}

/** The word's letters, digits and underscores, lowercased as Rust lowercases one character at a time. */
function normalized(word: string): string {
  let kept = '';
  for (const character of word) {
    if (character !== '_' && !alphanumeric.test(character)) continue;
    kept += uppercase.test(character) ? character.toLowerCase() : character;
  }
  return kept;
}

/**
 * convert_case's split into words with its default boundaries: at spaces, hyphens and
 * underscores, between a lower and an upper case letter, between a letter and an ASCII digit
 * either way, and before the last capital of an acronym followed by a lower case letter.
 */
function caseWords(text: string): string[] {
  const words: string[] = [];
  for (const piece of text.split(/[ \-_]/)) {
    const characters = [...piece];
    let word = '';
    characters.forEach((character, index) => {
      const previous = characters[index - 1];
      const next = characters[index + 1];
      if (previous !== undefined && word !== '') {
        const boundary =
          (lowercase.test(previous) && uppercase.test(character)) ||
          (uppercase.test(previous) && asciiDigit.test(character)) ||
          (asciiDigit.test(previous) && (uppercase.test(character) || lowercase.test(character))) ||
          (lowercase.test(previous) && asciiDigit.test(character)) ||
          (next !== undefined && uppercase.test(previous) && uppercase.test(character) && lowercase.test(next));
        if (boundary) {
          words.push(word);
          word = '';
        }
      }
      word += character;
    });
    if (word !== '') words.push(word);
  }
  return words.map((word) => word.toLowerCase());
}

/** The emoji among the word's graphemes. */
function emojiOf(word: string): string[] {
  if (!emoji.test(word)) return [];
  return [...graphemes.segment(word)].map(({ segment }) => segment).filter((segment) => emojiGrapheme.test(segment));
}

/** Snowball's English stemmer at the version Pagefind 1.6 stems with (3.x: internal, organiz, add). */
const stem = (word: string) => english(word);

/** The parts of `text` as compound words are split: at ASCII punctuation and case boundaries. */
const compoundParts = (text: string) =>
  caseWords(text.replace(asciiPunctuation, ' '))
    .join(' ')
    .split(whitespace)
    .filter((part) => part !== '');

/**
 * What follows each full stop of the word where that is itself compound, at most 64 characters
 * of it, normalized (v3.0.0-beta → 00beta), unless a part already or the word itself: a file name or
 * address is found by its end. Not in the Pagefind source we
 * could read; read off the index of Pagefind 1.6.0 (native-index.test.ts holds it to that).
 */
const suffixCharacters = 64;

/** A word with punctuation, or a capital after its first character: Pagefind looks for its parts. */
function possiblyCompound(word: string): boolean {
  const characters = [...word];
  return (
    characters.some((character) => !alphanumeric.test(character)) ||
    characters.slice(1).some((character) => uppercase.test(character))
  );
}

function dottedSuffixes(rawWord: string, word: string, parts: string[]): string[] {
  const suffixes: string[] = [];
  for (let dot = rawWord.indexOf('.'); dot >= 0; dot = rawWord.indexOf('.', dot + 1)) {
    const rest = rawWord.slice(dot + 1);
    if (!possiblyCompound(rest)) continue;
    const suffix = normalized([...rest].slice(0, suffixCharacters).join(''));
    if (Buffer.byteLength(suffix) <= 1 || suffix === word || parts.includes(suffix) || suffixes.includes(suffix))
      continue;
    suffixes.push(suffix);
  }
  return suffixes;
}

/**
 * Words already made: a page's words recur across the archive (a Chinese page is character
 * pairs), and making one is dozens of Unicode tests. Cleared when full, to bound its memory.
 */
const made = new Map<string, IndexableWord[]>();
const madeLimit = 500_000;

/** What Pagefind indexes for `rawWord` (one whitespace-separated word), in its order; shared, not to be changed. */
export function indexableWords(rawWord: string): readonly IndexableWord[] {
  let found = made.get(rawWord);
  if (found === undefined) {
    if (made.size >= madeLimit) made.clear();
    found = makeIndexableWords(rawWord);
    made.set(rawWord, found);
  }
  return found;
}

function makeIndexableWords(rawWord: string): IndexableWord[] {
  const results: IndexableWord[] = [];
  const word = normalized(rawWord);
  if (word !== '') {
    const folded = foldDiacritics(word);
    results.push({ stemmed: stem(folded ?? word), compoundPart: false, ...(folded ? { original: word } : {}) });
  }
  if (!possiblyCompound(rawWord)) return results;
  const parts = compoundParts(rawWord);
  const joined = parts.join(' ');
  if (word !== '' && (parts.length > 1 || !word.startsWith(joined))) {
    const kept = parts.filter((part) => Buffer.byteLength(part) > 1);
    for (const part of [...kept, ...dottedSuffixes(rawWord, word, kept)]) {
      const folded = foldDiacritics(part);
      results.push({ stemmed: stem(folded ?? part), compoundPart: true, ...(folded ? { original: part } : {}) });
    }
  }
  for (const extra of emojiOf(rawWord)) results.push({ stemmed: extra, compoundPart: false });
  return results;
}
