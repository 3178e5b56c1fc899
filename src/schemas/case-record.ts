import { z } from 'astro/zod';
import { arrayJsonSchema } from './json-schema.ts';

/**
 * One case in the public data file `/data/cases.json`. This is a promise to everyone who
 * downloads the file: fields are only ever added, never renamed or removed — which is why the
 * objects are loose (a reader validating with last year's schema still accepts this year's file).
 * The published JSON Schema (`/data/cases.schema.json`) is generated from this schema.
 */

/** One key figure of a case. */
export const caseRecordFigureSchema = z.looseObject({
  label: z.string().describe('统计的是什么，例如 新建独立企业工会'),
  value: z.string().describe('数值，按原文书写，例如 84、11.3、90.4'),
  unit: z.string().describe('单位，按原文书写，例如 个、万元、%；没有单位时为空字符串'),
  text: z.string().describe('数据所在的整句原文'),
  passage: z.string().describe('该句所在段落在案例页上的锚点 id（不带 #）'),
});

/** One case. */
export const caseRecordSchema = z.looseObject({
  id: z.string().describe('案例的永久编号；案例页地址为 /cases/<id>/'),
  url: z.string().url().describe('案例页的完整网址'),
  title: z.string().describe('主标题'),
  kicker: z.string().nullable().describe('引题；没有时为 null'),
  subtitle: z.string().nullable().describe('副题（不带破折号）；没有时为 null'),
  region: z.string().nullable().describe('地区名称，例如 顺义区；地区不详（原文没有写明）时为 null'),
  city: z.string().nullable().describe('所属城市名称；省级地区或地区不详时为 null'),
  province: z.string().nullable().describe('所属省级行政区名称，例如 北京市、浙江省；地区不详时为 null'),
  year: z.number().int().min(1949).max(2100).nullable().describe('文中所报道事件的最晚年份；原文没有年份时为 null'),
  authors: z.array(z.string()).describe('作者姓名'),
  source: z.string().describe('原始文本文件名（content/sources/ 中）'),
  measures: z
    .array(z.string())
    .describe('案例涉及的改革举措 id，取自各段落的举措标注，与 /data/measures.json 的 id 相同'),
  figures: z.array(caseRecordFigureSchema).describe('关键数据'),
});

export type CaseRecord = z.infer<typeof caseRecordSchema>;

/** JSON Schema (draft 2020-12) of the whole file: an array of case records. */
export function casesJsonSchema(schemaUrl: string): Record<string, unknown> {
  return arrayJsonSchema(caseRecordSchema, {
    $id: schemaUrl,
    title: '工会改革案例库 · 案例数据（/data/cases.json）',
    description: '每个元素是一个案例。字段只增不减：已有字段不会改名或删除。',
  });
}
