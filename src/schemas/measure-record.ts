import { z } from 'astro/zod';
import { arrayJsonSchema } from './json-schema.ts';

/**
 * One measure in the public data file `/data/measures.json`. A promise to everyone who
 * downloads it: fields are only ever added, never renamed or removed, so objects are loose.
 * The published JSON Schema (`/data/measures.schema.json`) is generated from this schema.
 * Trigger phrases and context rules stay internal.
 */

/** One case practising the measure. */
export const measureRecordCaseSchema = z.looseObject({
  id: z.string().describe('案例 id，与 /data/cases.json 的 id 相同；案例页为 /cases/<id>/'),
  passages: z.array(z.string()).min(1).describe('做这项举措的段落在案例页上的锚点 id（不带 #），按正文顺序'),
});

export const measureRecordSchema = z.looseObject({
  id: z.string().describe('举措的永久 id；举措页为 /measures/<id>/，案例段落的 measures 标注使用同一 id'),
  name: z.string().describe('举措名称，例如 党建带工建'),
  aliases: z
    .array(z.string())
    .describe('人们对这项举措的其他叫法，可用于检索：synonyms 与 narrower 的全部，同义词在前，例如 党工共建'),
  synonyms: z.array(z.string()).describe('同义词：整项举措的另一个名称（如 依法建会 的 一函两书）；aliases 的一部分'),
  narrower: z
    .array(z.string())
    .describe('下位词：这项举措中的一种设施、一个做法或一地的方案名（如 母婴关爱室、楼宇工会）；aliases 的一部分'),
  category: z.string().describe('所属分类的名称，例如 党建引领'),
  definition: z.string().describe('一段话的定义'),
  related: z.array(z.string()).describe('编辑选定的相关举措 id'),
  cases: z.array(measureRecordCaseSchema).describe('做这项举措的案例，新案例在前'),
});

export type MeasureRecord = z.infer<typeof measureRecordSchema>;

/** JSON Schema (draft 2020-12) of the whole file: an array of measure records. */
export function measuresJsonSchema(schemaUrl: string): Record<string, unknown> {
  return arrayJsonSchema(measureRecordSchema, {
    $id: schemaUrl,
    title: '工会改革案例库 · 改革举措数据（/data/measures.json）',
    description: '每个元素是一项改革举措及做这项举措的案例段落。字段只增不减：已有字段不会改名或删除。',
  });
}
