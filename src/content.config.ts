import path from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './integrations/paths.ts';
import { caseSchema } from './schemas/case.ts';
import { regionSchema } from './schemas/region.ts';

const cases = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: path.join(contentDir, 'cases'),
    generateId: ({ data, entry }) => (typeof data['id'] === 'string' ? data['id'] : entry.replace(/\.mdx$/, '')),
  }),
  schema: caseSchema,
});

const regions = defineCollection({
  loader: file(path.join(contentDir, 'regions.yaml')),
  schema: regionSchema,
});

export const collections = { cases, regions };
