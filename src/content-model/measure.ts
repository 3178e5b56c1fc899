import { z } from 'astro/zod';
import { slugSchema } from './case.ts';

/** Folded YAML lines are joined with a space, which Chinese text must not get. */
const cjkParagraph = z
  .string()
  .transform((text) =>
    text.replace(/(?<=[\u3000-\u9fff\uff00-\uffef])\s+|\s+(?=[\u3000-\u9fff\uff00-\uffef])/g, '').trim(),
  );

const phrasesSchema = z.array(z.string().min(1)).default([]);

/**
 * How the tagger recognises a passage that *describes doing* the measure (internal: not
 * published in /data/measures.json). A phrase may contain `…`, meaning "up to 12 characters
 * of the same sentence", e.g. `纳入…考核`.
 */
export const triggersSchema = z.object({
  /** Phrases specific enough that one sentence stating them is evidence, e.g. 一函两书. */
  strong: phrasesSchema,
  /**
   * Phrases that count only in a sentence that also reports an action (建立, 开展, 推进 …,
   * see `src/ingest/tag-rules.ts`), e.g. 工会经费. Two such sentences, or one under a
   * matching heading, tag the passage.
   */
  cues: phrasesSchema,
  /** Heading phrases that put a whole section in this measure's context, e.g. 职工之家. */
  headings: phrasesSchema,
  /** A sentence containing one of these never counts for this measure, e.g. 党建工作责任制. */
  exclude: phrasesSchema,
});

/** One reform measure (`content/measures/<id>.yaml`; the file name is the id). */
export const measureSchema = z.object({
  /** Chinese display name, e.g. 党建带工建. */
  name: z.string().min(1),
  /** What people call or search for the measure, e.g. [党工共建, 党工同步]. Public. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Id of an entry in `content/measure-categories.yaml`, e.g. party-leadership. */
  category: slugSchema,
  /** One paragraph in the archive's own words: what the measure is and what doing it involves. */
  definition: cjkParagraph.pipe(z.string().min(20, '定义至少 20 个字：用一段话说明这项举措是什么、怎么做')),
  /** Curated related measure ids, most related first. */
  related: z.array(slugSchema).default([]),
  /** Internal recognition rules for the tagger. */
  triggers: triggersSchema.default({ strong: [], cues: [], headings: [], exclude: [] }),
});

/** One measure category (`content/measure-categories.yaml`, a list in display order). */
export const measureCategorySchema = z.object({
  /** Display name, e.g. 党建引领. */
  name: z.string().min(1),
  /** Position on the measures page; lower first. */
  order: z.number().int(),
});

export type MeasureInput = z.input<typeof measureSchema>;
export type MeasureData = z.infer<typeof measureSchema>;
export type MeasureTriggers = z.infer<typeof triggersSchema>;
export type MeasureCategoryData = z.infer<typeof measureCategorySchema>;

/** A measure with its id, as the ingest and the tagger use it. */
export interface MeasureEntry extends MeasureData {
  id: string;
}
