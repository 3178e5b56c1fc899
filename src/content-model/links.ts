import { z } from 'astro/zod';
import { slugSchema } from './case.ts';
import { anchorPattern } from './slug.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期写成 YYYY-MM-DD，例如 2026-11-22');
const anchorSchema = z.string().regex(anchorPattern, '锚点由小写字母、数字和连字符组成，例如 p-7f3k2a');

/** One published case in the registry (`content/published.json`), written by `npm run links:record`. */
export const registeredCaseSchema = z.object({
  /** Day the case was first recorded as published. */
  published: isoDate,
  /** Day a change to the file was last recorded after first publication; null if never. */
  revised: isoDate.nullable().default(null),
  /** Fingerprint of the case file when last recorded; a different one means it was revised. */
  hash: z.string().min(1),
  /** Every passage anchor ever published for the case, in first-seen order. */
  anchors: z.array(anchorSchema),
});

/** The committed registry of every published case URL and passage anchor. Only grows. */
export const registrySchema = z.object({
  cases: z.record(slugSchema, registeredCaseSchema).default({}),
});

/** `content/redirects.yaml`: old case id → the id it was renamed to. */
export const redirectsSchema = z.record(slugSchema, slugSchema);

/** `content/withdrawn.yaml`: case id → when and why it was withdrawn (shown on its tombstone page). */
export const withdrawnSchema = z.record(
  slugSchema,
  z.object({
    date: isoDate,
    reason: z.string().min(1),
    /** The case's title, shown on the tombstone. */ title: z.string().min(1).optional(),
  }),
);

/** `content/anchor-aliases.yaml`: case id → { vanished anchor → anchor of the passage that replaces it }. */
export const anchorAliasesSchema = z.record(slugSchema, z.record(anchorSchema, anchorSchema));

export type Registry = z.infer<typeof registrySchema>;
export type RegisteredCase = z.infer<typeof registeredCaseSchema>;
export type Redirects = z.infer<typeof redirectsSchema>;
export type Withdrawn = z.infer<typeof withdrawnSchema>;
export type AnchorAliases = z.infer<typeof anchorAliasesSchema>;
