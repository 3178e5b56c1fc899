import type { MeasureEntry } from '../content-model/measure.ts';
import { LiteralIndex } from './literals.ts';
import { compilePhrase, findPhrase, hasAction, isReporting, sentencesOf, type Phrase } from './tag-rules.ts';

export interface TaggablePassage {
  text: string;
  /** Text of the section heading the passage stands under, if any. */
  heading: string | null;
}

/** One piece of evidence: the phrase that matched and where. */
export interface TagReason {
  kind: 'strong' | 'cue' | 'heading';
  phrase: string;
  /** The sentence (or, for `heading`, the heading) it matched in. */
  text: string;
}

/** Why a measure was (or was not quite) tagged: for editors reviewing the ingest. */
export interface TagExplanation {
  id: string;
  score: number;
  tagged: boolean;
  reasons: TagReason[];
}

interface CompiledTriggers {
  strong: Phrase[];
  cues: Phrase[];
  headings: Phrase[];
  exclude: Phrase[];
  /**
   * One literal each strong or cue phrase needs (its longest fixed piece): a sentence holding
   * none of them is no evidence for the measure and need not be tried. Null when some phrase
   * has no fixed piece.
   */
  needs: string[] | null;
}

/** The longest fixed piece of a trigger phrase (`纳入…考核` → `纳入`/`考核`), '' if none. */
function literalOf(phrase: string): string {
  return phrase
    .split('+')
    .flatMap((part) => part.split('…'))
    .reduce((longest, piece) => (piece.length > longest.length ? piece : longest), '');
}

/** Evidence needed to tag: one strong sentence, or two cue sentences, or a cue under its heading. */
export const tagThreshold = 2;

const compiled = new WeakMap<MeasureEntry, CompiledTriggers>();

function triggersOf(measure: MeasureEntry): CompiledTriggers {
  let rules = compiled.get(measure);
  if (!rules) {
    const { strong, cues, headings, exclude } = measure.triggers;
    rules = {
      strong: strong.map(compilePhrase),
      cues: cues.map(compilePhrase),
      headings: [...headings, ...strong].map(compilePhrase),
      exclude: exclude.map(compilePhrase),
      needs: ((literals) => (literals.includes('') ? null : literals))([...strong, ...cues].map(literalOf)),
    };
    compiled.set(measure, rules);
  }
  return rules;
}

/** The literals the measures of a taxonomy need, and which measures need each. */
interface TaxonomyLiterals {
  index: LiteralIndex;
  /** Positions in the taxonomy of the measures a found literal may give evidence for. */
  measuresOf: Map<string, number[]>;
  /** Positions of the measures with a phrase without any fixed piece: always tried. */
  always: number[];
  /** The measures indexed: a taxonomy array changed since is indexed again. */
  measures: readonly MeasureEntry[];
}

const taxonomyLiterals = new WeakMap<readonly MeasureEntry[], TaxonomyLiterals>();

/** Indexed once per taxonomy. */
function literalsOf(taxonomy: readonly MeasureEntry[]): TaxonomyLiterals {
  let entry = taxonomyLiterals.get(taxonomy);
  if (
    !entry ||
    entry.measures.length !== taxonomy.length ||
    entry.measures.some((measure, position) => measure !== taxonomy[position])
  ) {
    const measuresOf = new Map<string, number[]>();
    const always: number[] = [];
    taxonomy.forEach((measure, position) => {
      const { needs } = triggersOf(measure);
      if (needs === null) always.push(position);
      for (const literal of new Set(needs ?? [])) {
        const list = measuresOf.get(literal);
        if (list) list.push(position);
        else measuresOf.set(literal, [position]);
      }
    });
    entry = { index: new LiteralIndex(measuresOf.keys()), measuresOf, always, measures: [...taxonomy] };
    taxonomyLiterals.set(taxonomy, entry);
  }
  return entry;
}

function sentenceReason(rules: CompiledTriggers, sentence: string): TagReason | null {
  if (findPhrase(rules.exclude, sentence)) return null;
  const strong = findPhrase(rules.strong, sentence);
  if (strong) return { kind: 'strong', phrase: strong.source, text: sentence };
  const cue = rules.cues.find((phrase) => findPhrase([phrase], sentence) && hasAction(sentence, phrase));
  return cue ? { kind: 'cue', phrase: cue.source, text: sentence } : null;
}

function explainMeasure(measure: MeasureEntry, sentences: readonly string[], heading: string | null): TagExplanation {
  const rules = triggersOf(measure);
  const reasons = sentences.map((sentence) => sentenceReason(rules, sentence)).filter((reason) => reason !== null);
  const headingPhrase = reasons.length > 0 && heading ? findPhrase(rules.headings, heading) : undefined;
  if (headingPhrase && heading) reasons.push({ kind: 'heading', phrase: headingPhrase.source, text: heading });
  const score = reasons.reduce((sum, reason) => sum + (reason.kind === 'strong' ? 2 : 1), 0);
  return { id: measure.id, score, tagged: score >= tagThreshold, reasons };
}

/**
 * Every measure with some evidence in the passage, tagged or not, with the sentences that
 * count: trigger phrases in sentences that report work (not questions or quoted principles),
 * weighed with the section heading. Pure.
 */
export function explainPassage(passage: TaggablePassage, taxonomy: readonly MeasureEntry[]): TagExplanation[] {
  const sentences = sentencesOf(passage.text).filter(isReporting);
  // A sentence is evidence for a measure only if it holds a fixed piece of one of its strong or
  // cue phrases: each measure is tried on those sentences only (the others give no reason), and
  // a measure with none scores 0. One pass over each sentence finds them all.
  const { index, measuresOf, always } = literalsOf(taxonomy);
  const candidates: string[][] = taxonomy.map(() => []);
  for (const sentence of sentences) {
    const marked = new Set(always);
    for (const literal of index.foundIn(sentence))
      for (const position of measuresOf.get(literal) ?? []) marked.add(position);
    for (const position of marked) candidates[position]?.push(sentence);
  }
  return taxonomy
    .map((measure, position) => ({ measure, sentences: candidates[position] ?? [] }))
    .filter((entry) => entry.sentences.length > 0)
    .map(({ measure, sentences: tried }) => explainMeasure(measure, tried, passage.heading))
    .filter((explanation) => explanation.score > 0);
}

/**
 * The measures a passage *describes doing* (see {@link explainPassage}). Pure.
 *
 * @returns measure ids, sorted
 */
export function tagPassage(passage: TaggablePassage, taxonomy: readonly MeasureEntry[]): string[] {
  return explainPassage(passage, taxonomy)
    .filter((explanation) => explanation.tagged)
    .map((explanation) => explanation.id)
    .sort();
}
