import path from 'node:path';
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { contentDir } from './integrations/paths.ts';
import { caseFiles } from './loaders/case-files.ts';
import { measureFiles } from './loaders/measure-files.ts';
import { caseSchema } from './content-model/case.ts';
import { regionSchema } from './content-model/region.ts';
import { measureCategorySchema, measureDataSchema } from './content-model/measure.ts';

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
  loader: measureFiles(contentDir),
  // loadTaxonomy has validated and resolved each file (aliases by kind) already.
  schema: measureDataSchema,
});

const measureCategories = defineCollection({
  loader: file(path.join(contentDir, 'measure-categories.yaml')),
  schema: measureCategorySchema,
});

export const collections = { cases, regions, measures, measureCategories };
