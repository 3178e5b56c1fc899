import type { MeasureEntry } from '../schemas/measure.ts';
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
    };
    compiled.set(measure, rules);
  }
  return rules;
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
  return taxonomy
    .map((measure) => explainMeasure(measure, sentences, passage.heading))
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
