import { z } from 'astro/zod';
import { blockKinds } from '../content-model/blocks.ts';

/**
 * One case's passages in the public data file `/data/passages/<id>.json`: what a trainer's
 * handout (`/kit/`) shows of a passage, fetched one small file per case instead of whole case
 * pages. Like every public data file, fields are only ever added (the objects are loose).
 * The published JSON Schema (`/data/passages.schema.json`) is generated from this schema.
 */

/** One block of the case body. */
export const passageRecordSchema = z.looseObject({
  anchor: z.string().describe('段落在案例页上的锚点 id（不带 #）；段落链接为 /cases/<id>/#<anchor>'),
  kind: z.enum(blockKinds).describe('块的种类：小标题、段落、问答、图片说明、署名'),
  text: z.string().describe('段落的纯文本，与案例页上显示的相同（不含 Markdown 标记）'),
  speaker: z.string().nullable().describe('问答段落的说话人，例如 记者；其他段落为 null'),
  measures: z.array(z.string()).describe('本段标注的改革举措 id'),
});

/** A case that is published now. */
export const publishedPassageFileSchema = z.looseObject({
  id: z.string().describe('案例的永久编号'),
  status: z.literal('published'),
  url: z.string().url().describe('案例页的完整网址'),
  title: z.string().describe('主标题'),
  subtitle: z.string().nullable().describe('副题；没有时为 null'),
  region: z.string().nullable().describe('地区名称，例如 顺义区；地区不详时为 null'),
  province: z.string().nullable().describe('所属省级行政区名称；地区不详时为 null'),
  year: z.number().int().nullable().describe('文中所报道事件的最晚年份；没有时为 null'),
  measureNames: z.record(z.string(), z.string()).describe('本案例各段落用到的举措 id → 名称'),
  citation: z.string().describe('GB/T 7714 引用格式，引用日期为 accessed'),
  accessed: z.string().describe('citation 中的引用日期（构建日期，YYYY-MM-DD）；使用时可换成当天'),
  passages: z.array(passageRecordSchema).describe('正文各块，按原文顺序'),
  aliases: z
    .record(z.string(), z.string())
    .describe('已消失的旧锚点 → 接替它的段落锚点（content/anchor-aliases.yaml）'),
});

/** An old id of a renamed case (`content/redirects.yaml`). */
export const redirectedPassageFileSchema = z.looseObject({
  id: z.string().describe('旧的案例编号'),
  status: z.literal('redirected'),
  redirectTo: z.string().describe('案例现在的编号；其数据在 /data/passages/<redirectTo>.json'),
});

/** A withdrawn case (`content/withdrawn.yaml`). */
export const withdrawnPassageFileSchema = z.looseObject({
  id: z.string().describe('已撤下的案例编号'),
  status: z.literal('withdrawn'),
  date: z.string().describe('撤下日期，YYYY-MM-DD'),
  reason: z.string().describe('撤下原因'),
  title: z.string().nullable().describe('案例原标题；未记录时为 null'),
});

export const passageFileSchema = z.discriminatedUnion('status', [
  publishedPassageFileSchema,
  redirectedPassageFileSchema,
  withdrawnPassageFileSchema,
]);

export type PassageRecord = z.infer<typeof passageRecordSchema>;
export type PublishedPassageFile = z.infer<typeof publishedPassageFileSchema>;
export type PassageFile = z.infer<typeof passageFileSchema>;

/** JSON Schema (draft 2020-12) of one `/data/passages/<id>.json`. */
export function passagesJsonSchema(schemaUrl: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(passageFileSchema, { target: 'draft-2020-12' }),
    $id: schemaUrl,
    title: '工会改革案例库 · 单个案例的段落（/data/passages/<id>.json）',
    description:
      '每个案例一个文件：status 为 published 时给出段落全文、案例信息和引用；改名的旧编号为 redirected，撤下的为 withdrawn。字段只增不减。',
  };
}
