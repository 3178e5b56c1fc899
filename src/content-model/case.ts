import { z } from 'astro/zod';
import { slugPattern } from './slug.ts';

/** An id (slug.ts). */
export const slugSchema = z.string().regex(slugPattern, '只能用小写字母、数字和连字符，例如 shunyi-rongru-dadangjian');

/** One statistic the article reports, with the sentence it came from. */
export const figureSchema = z.object({
  /** What is counted, e.g. 新建独立企业工会. */
  label: z.string().min(1),
  /** The number as written, e.g. `84`, `11.3`, `90.4`. */
  value: z.string().min(1),
  /** The unit as written, e.g. 个, 万元, %. */
  unit: z.string(),
  /** The whole sentence the figure was read from. */
  text: z.string().min(1),
  /** Anchor id (without `#`) of the passage holding the sentence. */
  passage: z.string().min(1),
});

/** Where the article was published; unknown fields stay absent, never invented. */
export const provenanceSchema = z.object({
  publication: z.string().optional(),
  date: z.string().optional(),
  page: z.string().optional(),
  url: z.string().url().optional(),
});

/** Front matter of one case study (`content/cases/<id>.mdx`). */
export const caseSchema = z.object({
  /** Permanent id, chosen once at ingest; the case URL is `/cases/<id>/`. */
  id: slugSchema,
  title: z.string().min(1),
  /** 引题: the line above the title, if any. */
  kicker: z.string().min(1).nullable().default(null),
  /** 副题: the line below the title, without its leading dash. */
  subtitle: z.string().min(1).nullable().default(null),
  authors: z.array(z.string().min(1)).default([]),
  /** 作者单位, when the article names it. */
  authorUnits: z.array(z.string().min(1)).default([]),
  /**
   * Id of an entry in `content/regions.yaml`; null (or absent) while the article does not say
   * where it happened: the case shows 地区不详 and is on no region's page.
   */
  region: slugSchema.nullable().default(null),
  /** Latest year the text reports events for; null when the text names no year (set it by hand). */
  year: z.number().int().min(1949).max(2100).nullable(),
  /** File name of the raw source in `content/sources/`. */
  source: z.string().min(1),
  /** Chinese characters in the body. */
  words: z.number().int().nonnegative(),
  provenance: provenanceSchema.default({}),
  figures: z.array(figureSchema).default([]),
});

export type CaseData = z.infer<typeof caseSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
