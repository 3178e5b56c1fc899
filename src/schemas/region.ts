import { z } from 'astro/zod';

/** One place cases come from (`content/regions.yaml`). */
export const regionSchema = z.object({
  /** Display name, e.g. 顺义区. */
  name: z.string().min(1),
  /** Administrative level: province, city, district, town (街道、镇、乡、农场) or a functional area (新区, 开发区). */
  level: z.enum(['province', 'city', 'district', 'area', 'town']),
  /** Province display name, e.g. 北京市, 浙江省. */
  province: z.string().min(1),
  /** City display name; null for provinces and province-level cities' own entries. */
  city: z.string().min(1).nullable().default(null),
  /** District or county a town lies in, e.g. 长安区 for 郭杜街道; null above town level. */
  county: z.string().min(1).nullable().default(null),
  /** Administrative division code where one exists (GB/T 2260; nine digits for a town), else null. */
  code: z
    .string()
    .regex(/^\d{6}(?:\d{3})?$/)
    .nullable()
    .default(null),
});

export type RegionData = z.infer<typeof regionSchema>;
