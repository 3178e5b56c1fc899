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

const termsSchema = z.array(z.string().min(1)).default([]);

/** The kinds of alias, as in a thesaurus (SKOS altLabel and narrower). */
export const aliasKinds = {
  /** Another name for the same practice as a whole: 一函两书 for 依法建会. */
  synonyms: '同义词：换用它称呼整项举措也说得通',
  /** One instance, facility or local scheme of it: 母婴关爱室, 楼宇工会, 三补贴三挂钩. */
  narrower: '下位词：这项举措中的一种设施、一个做法或一地的方案名',
} as const;
export type AliasKind = keyof typeof aliasKinds;

/**
 * The aliases of a measure, by kind: `{ synonyms: [...], narrower: [...] }`. A plain list (the
 * older shape) is read as synonyms. Search treats the kinds differently: a query that is a
 * synonym may list the cases tagged with the measure; a narrower term finds only the cases whose
 * text says it (docs/search.md).
 */
export const aliasesSchema = z.preprocess(
  (value) => (Array.isArray(value) ? { synonyms: value } : value),
  z.strictObject(
    { synonyms: termsSchema, narrower: termsSchema },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `别名类型 ${issue.keys.join('、')} 不存在；可用的类型：${Object.entries(aliasKinds)
              .map(([kind, meaning]) => `${kind}（${meaning}）`)
              .join('；')}`
          : undefined,
    },
  ),
);

/** One reform measure (`content/measures/<id>.yaml`; the file name is the id). */
const measureFileSchema = z.object({
  /** Chinese display name, e.g. 党建带工建. */
  name: z.string().min(1),
  /**
   * What people call or search for the measure, by kind (public), e.g.
   * `{ synonyms: [党工共建, 党工同步], narrower: [纳入党建考核] }`; default none.
   */
  aliases: aliasesSchema.default({ synonyms: [], narrower: [] }),
  /** Id of an entry in `content/measure-categories.yaml`, e.g. party-leadership. */
  category: slugSchema,
  /** One paragraph in the archive's own words: what the measure is and what doing it involves. */
  definition: cjkParagraph.pipe(z.string().min(20, '定义至少 20 个字：用一段话说明这项举措是什么、怎么做')),
  /** Curated related measure ids, most related first. */
  related: z.array(slugSchema).default([]),
  /** Internal recognition rules for the tagger. */
  triggers: triggersSchema.default({ strong: [], cues: [], headings: [], exclude: [] }),
});

/**
 * A measure as the archive uses it: `aliases` every alias (synonyms, then narrower terms — the
 * public field since the first release), `synonyms` and `narrower` the two kinds.
 */
export const measureSchema = measureFileSchema
  .superRefine(({ aliases }, context) => {
    for (const term of aliases.narrower.filter((term) => aliases.synonyms.includes(term)))
      context.addIssue({
        code: 'custom',
        path: ['aliases', 'narrower', aliases.narrower.indexOf(term)],
        message: `“${term}”既写在 synonyms 又写在 narrower 里；一个别名只能是一种`,
      });
  })
  .transform(({ aliases, ...measure }) => ({
    ...measure,
    aliases: [...aliases.synonyms, ...aliases.narrower],
    synonyms: aliases.synonyms,
    narrower: aliases.narrower,
  }));

/**
 * The resolved shape ({@link measureSchema}'s output), for the measures collection: its loader
 * hands over measures loadTaxonomy has already read, which must not be resolved twice.
 */
export const measureDataSchema = measureFileSchema.omit({ aliases: true }).extend({
  aliases: termsSchema,
  synonyms: termsSchema,
  narrower: termsSchema,
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
