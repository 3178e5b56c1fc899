// Writes a content folder of the shape of content/: the real cases, measures, regions and
// sources, plus N synthetic cases made from the sources' sentences.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from '../../src/content-model/front-matter.ts';
import { parsePassages } from '../../src/content-model/passages.ts';
import { parseRegions } from '../../src/content-model/region.ts';
import { loadTaxonomy } from '../../src/content-model/taxonomy.ts';
import { sentencePool, synthCase } from './synth-cases.ts';

/** Builds `target` from `content` plus `count` synthetic cases (see sentencePool for `exclude`); returns the number of real cases kept. */
export function writeSynthArchive(
  content: string,
  target: string,
  count: number,
  exclude: string[] = [],
): { realCases: number } {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(path.join(target, 'cases'), { recursive: true });
  for (const entry of readdirSync(content)) {
    if (entry !== 'cases') cpSync(path.join(content, entry), path.join(target, entry), { recursive: true });
  }
  const realCases = readdirSync(path.join(content, 'cases')).filter((name) => name.endsWith('.mdx'));
  for (const name of realCases) cpSync(path.join(content, 'cases', name), path.join(target, 'cases', name));

  const sourceDir = path.join(content, 'sources');
  const sources = readdirSync(sourceDir).filter((name) => name.endsWith('.txt'));
  const pool = sentencePool(
    sources.map((name) => readFileSync(path.join(sourceDir, name), 'utf8')),
    exclude,
  );
  const regionsFile = path.join(content, 'regions.yaml');
  const regions = parseRegions(readFileSync(regionsFile, 'utf8'), regionsFile).map((region) => region.id);
  const measuresPerCase = realCases.map((name) => {
    const parts = splitFrontMatter(readFileSync(path.join(content, 'cases', name), 'utf8'));
    return new Set(parsePassages(parts?.body ?? '').flatMap((passage) => passage.measures)).size;
  });
  const options = { regions, measures: loadTaxonomy(content).map((measure) => measure.id), measuresPerCase, sources };
  for (let index = 0; index < count; index += 1) {
    const { id, mdx } = synthCase(index, pool, options);
    writeFileSync(path.join(target, 'cases', `${id}.mdx`), mdx);
  }
  return { realCases: realCases.length };
}
