import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { caseSchema } from '../../src/content-model/case.ts';
import { splitFrontMatter } from '../../src/content-model/front-matter.ts';
import { parsePassages } from '../../src/content-model/passages.ts';
import { sentencePool, synthCase } from './synth-cases.ts';

const sourceDir = path.resolve('content/sources');
const texts = readdirSync(sourceDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(path.join(sourceDir, name), 'utf8'));
const measures = ['cadre-team', 'funding-guarantee', 'service-venues', 'reform-pilots', 'dual-communication'];
const options = {
  regions: ['shunyi', 'taizhou'],
  measures,
  measuresPerCase: [2],
  sources: ['000_f9178d58492767ee.txt'],
};

describe('synthetic cases', () => {
  const pool = sentencePool(texts, ['暖心驿站']);

  it('draws sentences from the sources, leaving out the excluded phrases', () => {
    expect(pool.sentences.length).toBeGreaterThan(100);
    expect(pool.sentences.some((sentence) => sentence.includes('暖心驿站'))).toBe(false);
    expect(pool.figureSentences.length).toBeGreaterThan(5);
  });

  it('writes case files of the contract: valid front matter, unique anchors, figures pointing at passages', () => {
    for (const index of [0, 1, 4242]) {
      const { id, mdx } = synthCase(index, pool, options);
      const parts = splitFrontMatter(mdx);
      expect(parts).not.toBeNull();
      const data = caseSchema.parse(parse(parts?.yaml ?? ''));
      expect(data.id).toBe(id);
      const passages = parsePassages(parts?.body ?? '');
      expect(passages.length).toBeGreaterThan(10);
      const anchors = passages.map((passage) => passage.id);
      expect(new Set(anchors).size).toBe(anchors.length);
      for (const figure of data.figures) expect(anchors).toContain(figure.passage);
      const text = passages.map((passage) => passage.text).join('');
      expect(text.length).toBeGreaterThan(2000);
    }
  });

  it('tags each case with as many measures as a real case has, not with all of them', () => {
    const tagSets = [0, 1, 2, 3, 4, 5].map((index) => {
      const passages = parsePassages(splitFrontMatter(synthCase(index, pool, options).mdx)?.body ?? '');
      return new Set(passages.flatMap((passage) => passage.measures));
    });
    for (const tags of tagSets) expect(tags.size).toBeLessThanOrEqual(2);
    expect(tagSets.some((tags) => tags.size === 2)).toBe(true);
    // Different cases draw different measures.
    expect(new Set(tagSets.flatMap((tags) => [...tags])).size).toBeGreaterThan(2);
  });

  it('is deterministic and different from one index to the next', () => {
    expect(synthCase(7, pool, options).mdx).toBe(synthCase(7, pool, options).mdx);
    expect(synthCase(7, pool, options).mdx).not.toBe(synthCase(8, pool, options).mdx);
  });
});
