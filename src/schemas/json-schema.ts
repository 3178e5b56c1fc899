import { z } from 'astro/zod';

/** The JSON Schema (draft 2020-12) published beside a data file that is an array of records. */
export function arrayJsonSchema(
  record: z.ZodType,
  about: { $id: string; title: string; description: string },
): Record<string, unknown> {
  return { ...z.toJSONSchema(z.array(record), { target: 'draft-2020-12' }), ...about };
}
