import type { MeasureEntry } from '../content-model/measure.ts';
import { tagPassage, type TaggablePassage } from './tag.ts';

/** A passage labelled by a person who read it: the measures it describes doing. */
export interface LabelledPassage extends TaggablePassage {
  source: string;
  expected: string[];
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface TagEvaluation {
  overall: Score;
  perMeasure: Map<string, Score>;
  /** Passages where the tagger and the label disagree, for reading. */
  mistakes: { passage: LabelledPassage; missing: string[]; extra: string[] }[];
}

function score(truePositives: number, falsePositives: number, falseNegatives: number): Score {
  // With nothing predicted (or nothing expected) there is nothing to be wrong about.
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  return { truePositives, falsePositives, falseNegatives, precision, recall };
}

/** Micro-averaged precision and recall of {@link tagPassage} against the labels, and per measure. */
export function evaluateTagger(labels: readonly LabelledPassage[], taxonomy: readonly MeasureEntry[]): TagEvaluation {
  const counts = new Map(taxonomy.map((measure) => [measure.id, { tp: 0, fp: 0, fn: 0 }]));
  const mistakes: TagEvaluation['mistakes'] = [];
  for (const passage of labels) {
    const predicted = new Set(tagPassage(passage, taxonomy));
    const expected = new Set(passage.expected);
    for (const id of new Set([...predicted, ...expected])) {
      const count = counts.get(id);
      if (!count) throw new Error(`标注中的举措 id ${id} 不在 content/measures/ 中（来源 ${passage.source}）`);
      if (predicted.has(id) && expected.has(id)) count.tp++;
      else if (predicted.has(id)) count.fp++;
      else count.fn++;
    }
    const missing = [...expected].filter((id) => !predicted.has(id));
    const extra = [...predicted].filter((id) => !expected.has(id));
    if (missing.length || extra.length) mistakes.push({ passage, missing, extra });
  }
  const perMeasure = new Map([...counts].map(([id, { tp, fp, fn }]) => [id, score(tp, fp, fn)]));
  const total = [...counts.values()].reduce(
    (sum, { tp, fp, fn }) => ({ tp: sum.tp + tp, fp: sum.fp + fp, fn: sum.fn + fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return { overall: score(total.tp, total.fp, total.fn), perMeasure, mistakes };
}
