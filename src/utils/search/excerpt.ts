// Builds result excerpts around the query as the page writes it (Traditional, `84 个` …), so the
// highlight marks whole terms instead of Pagefind's single segmented characters.
import { identity, looseForm, matchForm, type Fold } from './text.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Where each term occurs in `text`, in original character offsets, ignoring layout spaces and
 * script; `loose`: punctuation too, for a page that says the term only with punctuation inside
 * (“三补贴”“三挂钩” for 三补贴三挂钩, rank.ts).
 */
export function findSpans(text: string, terms: string[], fold: Fold = identity, loose = false): Span[] {
  return spansIn(Array.from(text), terms, fold, loose);
}

/** {@link findSpans} over the text's characters (code points). */
function spansIn(chars: string[], terms: string[], fold: Fold, loose: boolean): Span[] {
  const formOf = loose ? looseForm : matchForm;
  const wanted = terms.map((term) => formOf(term, fold)).filter(Boolean);
  if (wanted.length === 0) return [];
  const folded: string[] = [];
  const origin: number[] = [];
  // A page uses a thousand-odd distinct characters over thousands of positions: fold each once.
  const forms = new Map<string, string>();
  chars.forEach((char, index) => {
    let form = forms.get(char);
    if (form === undefined) forms.set(char, (form = formOf(char, fold)));
    if (form.length === 0) return;
    for (const unit of form) {
      folded.push(unit);
      // One entry per UTF-16 unit: a match's offset in the joined text indexes it directly
      // (counting the characters before each match instead took minutes on a 5 MB page).
      for (let half = 0; half < unit.length; half += 1) origin.push(index);
    }
  });
  const haystack = folded.join('');
  const spans: Span[] = [];
  for (const term of wanted) {
    for (let at = haystack.indexOf(term); at !== -1; at = haystack.indexOf(term, at + term.length)) {
      spans.push({ start: origin[at] ?? 0, end: (origin[at + term.length - 1] ?? 0) + 1 });
    }
  }
  return mergeSpans(spans);
}

/** Characters searched for a first match at first; the prefix doubles until one is found. */
const firstPrefix = 4_096;

/**
 * The spans of the first match and of those starting within `reach` characters after it, found
 * in prefixes of doubling length: a page of 200,000 characters (searchable-html.ts) that says the
 * term early costs a few thousand characters, not all of them — a result list quotes one window.
 */
function leadingSpans(chars: string[], terms: string[], fold: Fold, loose: boolean, reach: number): Span[] {
  // A match written with spaces or punctuation inside is longer than its term: room for that.
  const margin = 2 * Math.max(0, ...terms.map((term) => term.length)) + 16;
  for (let size = firstPrefix; ; size *= 2) {
    const whole = size >= chars.length;
    const spans = spansIn(whole ? chars : chars.slice(0, size), terms, fold, loose);
    const first = spans[0];
    if (whole || (first && first.start + reach + margin <= size))
      return first ? spans.filter((span) => span.start < first.start + reach) : [];
  }
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Characters after the first match whose spellings a highlight link names (a huge page: not all of them). */
const spellingsReach = 20_000;

function spellings(chars: string[], spans: Span[]): string[] {
  return [...new Set(spans.map((span) => chars.slice(span.start, span.end).join('')))];
}

const cjk = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’';
const spaceByCjk = new RegExp(`\\s+(?=[${cjk}])|(?<=[${cjk}])\\s+`, 'gu');

/** Spaces next to Chinese characters and punctuation are layout (columns, index pairs): dropped. */
export function readable(text: string): string {
  return text.replace(spaceByCjk, '').replace(/\s+/g, ' ').trim();
}

/**
 * What a result shows of its page, the matches found once: about `length` characters of the
 * readable text around the first match, split into marked and plain segments (the start of the
 * text when nothing matches; ellipses show cut ends), and the strings as the page writes the
 * matches (up to 20,000 characters after the first), for a highlight link that needs no
 * dictionary on the case page.
 */
export function quote(
  text: string,
  terms: string[],
  length = 80,
  fold: Fold = identity,
  loose = false,
): { segments: Segment[]; strings: string[] } {
  const chars = Array.from(readable(text));
  const spans = leadingSpans(chars, terms, fold, loose, Math.max(length, spellingsReach));
  return { segments: window(chars, spans, length), strings: spellings(chars, spans) };
}

/** The segments of the excerpt window of `length` characters, from the spans of matches in `chars`. */
function window(chars: string[], matches: Span[], length: number): Segment[] {
  const first = matches[0];
  const spans = first ? matches.filter((span) => span.start < first.start + length) : [];
  const from = first ? Math.max(0, Math.min(first.start - Math.floor(length / 4), chars.length - length)) : 0;
  const end = Math.min(chars.length, from + length);
  // A term the window would cut (…职工暖…) ends the excerpt before it instead.
  const cut = spans.find((span) => span.start > from && span.start < end && span.end > end);
  const to = cut ? cut.start : end;
  const segments: Segment[] = [];
  let cursor = from;
  for (const span of spans) {
    if (span.end <= from || span.start >= to) continue;
    const start = Math.max(span.start, from);
    if (start > cursor) segments.push({ text: chars.slice(cursor, start).join(''), mark: false });
    const end = Math.min(span.end, to);
    segments.push({ text: chars.slice(start, end).join(''), mark: true });
    cursor = end;
  }
  if (cursor < to) segments.push({ text: chars.slice(cursor, to).join(''), mark: false });
  if (from > 0) segments.unshift({ text: '…', mark: false });
  if (to < chars.length) segments.push({ text: '…', mark: false });
  return segments;
}
