import { z } from 'astro/zod';
import { slugSchema } from './case.ts';
import { ContentFileError, fieldProblem, readYaml } from './yaml.ts';

/** Administrative levels: province, city, district, town (街道、镇、乡、农场), or a functional area (新区, 开发区). */
export const regionLevels = ['province', 'city', 'district', 'area', 'town'] as const;

/** One place cases come from (`content/regions.yaml`). */
export const regionSchema = z.object({
  /** Display name, e.g. 顺义区. */
  name: z.string().min(1),
  /** Administrative level: province, city, district, town (街道、镇、乡、农场), or a functional area (新区, 开发区). */
  level: z.enum(regionLevels),
  /** Province display name, e.g. 北京市, 浙江省. */
  province: z.string().min(1),
  /** City display name; null for provinces and province-level cities' own entries. */
  city: z.string().min(1).nullable().default(null),
  /** District or county a town lies in, e.g. 长安区 for 郭杜街道; absent above town level. */
  county: z.string().min(1).nullable().optional(),
  /** Administrative division code where one exists (GB/T 2260; nine digits for a town), else null. */
  code: z
    .string()
    .regex(/^\d{6}(?:\d{3})?$/)
    .nullable()
    .default(null),
});

export type RegionData = z.infer<typeof regionSchema>;

/**
 * Province → city → region names, each once: 北京市 › 顺义区, 浙江省 › 台州市,
 * 重庆市 › 两江新区 (a municipality is its own province and city).
 */
export function regionTrail(data: RegionData): string[] {
  const trail: string[] = [];
  for (const name of [data.province, data.city, data.county, data.name]) {
    if (name && trail.at(-1) !== name) trail.push(name);
  }
  return trail;
}

/** An entry of `content/regions.yaml` as the ingest reads and writes it: the id and the fields. */
export const regionEntrySchema = regionSchema.extend({ id: slugSchema });
export type Region = z.infer<typeof regionEntrySchema>;

/**
 * A place the national dataset lacks (`content/functional-areas.yaml`): 国家级新区, 开发区 ….
 * The ingest finds it in texts by its name and aliases.
 */
export const functionalAreaSchema = z.object({
  /** Full name, e.g. 两江新区. */
  name: z.string().min(1),
  /** Province display name, e.g. 重庆市. */
  province: z.string().min(1),
  /** City display name (a municipality names itself); null when the area belongs to no city. */
  city: z.string().min(1).nullable().default(null),
  /** Shorter names the texts use, e.g. 重庆两江新区. */
  aliases: z.array(z.string().min(1)).default([]),
});
export type FunctionalArea = z.infer<typeof functionalAreaSchema>;

function parseList<T extends z.ZodType>(text: string, file: string, item: T, fix: string): Array<z.infer<T>> {
  const yaml = readYaml(text, file);
  const result = z.array(item).safeParse(yaml.value ?? []);
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => fieldProblem(yaml, issue.path, issue.message, fix));
  throw new ContentFileError(messages.join('\n'));
}

/** Reads `content/regions.yaml`; a wrong entry is reported with file, line and field. */
export function parseRegions(text: string, file: string): Region[] {
  return parseList(text, file, regionEntrySchema, '对照 src/content-model/region.ts 中 regionSchema 的字段说明修改。');
}

/** Reads `content/functional-areas.yaml`; a wrong entry is reported with file, line and field. */
export function parseFunctionalAreas(text: string, file: string): FunctionalArea[] {
  return parseList(
    text,
    file,
    functionalAreaSchema,
    '每项写 name、province，可加 city 和 aliases（见文件开头的说明）。',
  );
}
