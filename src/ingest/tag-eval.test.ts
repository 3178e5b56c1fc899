import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../integrations/paths.ts';
import { evaluateTagger, type LabelledPassage } from './tag-eval.ts';
import { loadTaxonomy } from '../content-model/taxonomy.ts';

const labels = JSON.parse(
  readFileSync(new URL('./__fixtures__/tag-labels.json', import.meta.url), 'utf8'),
) as LabelledPassage[];
const taxonomy = loadTaxonomy(contentDir);

describe('the tagger on the hand-labelled passages', () => {
  it('has at least 60 labels, some describing no measure', () => {
    expect(labels.length).toBeGreaterThanOrEqual(60);
    expect(labels.filter((label) => label.expected.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it('keeps overall precision and recall at or above 0.85', () => {
    const { overall } = evaluateTagger(labels, taxonomy);
    expect(overall.precision).toBeGreaterThanOrEqual(0.85);
    expect(overall.recall).toBeGreaterThanOrEqual(0.85);
  });
});

describe('evaluateTagger', () => {
  it('counts hits, extras and misses per measure', () => {
    const passage = { source: 'x', heading: null, text: '召开企业沟通会。', expected: ['collective-bargaining'] };
    const { perMeasure, overall, mistakes } = evaluateTagger([passage], taxonomy);
    expect(perMeasure.get('dual-communication')).toMatchObject({ falsePositives: 1, precision: 0 });
    expect(perMeasure.get('collective-bargaining')).toMatchObject({ falseNegatives: 1, recall: 0 });
    expect(overall).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    expect(mistakes[0]).toMatchObject({ missing: ['collective-bargaining'], extra: ['dual-communication'] });
  });

  it('rejects a label naming an unknown measure', () => {
    const passage = { source: 'x.txt', heading: null, text: '', expected: ['no-such-measure'] };
    expect(() => evaluateTagger([passage], taxonomy)).toThrow(/no-such-measure.*x\.txt/);
  });
});
