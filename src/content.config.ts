import path from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './integrations/paths.ts';
import { caseFiles } from './loaders/case-files.ts';
import { caseSchema } from './schemas/case.ts';
import { regionSchema } from './schemas/region.ts';
import { measureCategorySchema, measureSchema } from './schemas/measure.ts';

const cases = defineCollection({
  loader: caseFiles(path.join(contentDir, 'cases')),
  schema: caseSchema,
});

const regions = defineCollection({
  loader: file(path.join(contentDir, 'regions.yaml')),
  schema: regionSchema,
});

/** One YAML file per measure; the file name is the measure id used in `measures="…"`. */
const measures = defineCollection({
  loader: glob({ pattern: '*.yaml', base: path.join(contentDir, 'measures') }),
  schema: measureSchema,
});

const measureCategories = defineCollection({
  loader: file(path.join(contentDir, 'measure-categories.yaml')),
  schema: measureCategorySchema,
});

export const collections = { cases, regions, measures, measureCategories };
