import { z } from 'astro/zod';
import { provenanceSchema } from '../content-model/case.ts';
import { ContentFileError, fieldProblem, readYaml } from '../content-model/yaml.ts';

/** Overrides for one article of a source, found by a fragment of its title. */
export const articleSettingsSchema = z
  .object({
    /** A fragment of the title (or 引题/副题) as ingest finds it, e.g. 首都工会改革. */
    match: z.string().min(1),
    title: z.string().min(1).optional(),
    kicker: z.string().min(1).nullable().optional(),
    subtitle: z.string().min(1).nullable().optional(),
    authors: z.array(z.string().min(1)).optional(),
    authorUnits: z.array(z.string().min(1)).optional(),
    /** Region name as written (顺义区, 两江新区) or a region id from content/regions.yaml. */
    region: z.string().min(1).optional(),
    year: z.number().int().min(1949).max(2100).optional(),
    /** true: publish a piece ingest set aside; false: set aside a piece it would publish. */
    publish: z.boolean().optional(),
    provenance: provenanceSchema.optional(),
  })
  .strict();

/** content/sources/<source>.yaml — optional, only for what heuristics cannot know. */
export const sourceSettingsSchema = z
  .object({
    /** Where the page was published; applies to every article of the source. */
    provenance: provenanceSchema.optional(),
    /** A paragraph ending with one of these texts is not joined to the next (a column jump). */
    breaksAfter: z.array(z.string().min(1)).optional(),
    articles: z.array(articleSettingsSchema).optional(),
  })
  .strict();

export type SourceSettings = z.infer<typeof sourceSettingsSchema>;
export type ArticleSettings = z.infer<typeof articleSettingsSchema>;

/**
 * Reads a settings file; a mistake is reported with file, line, field and how to fix it.
 * Pure: the caller reads the file.
 */
export function parseSettings(text: string, file: string): SourceSettings {
  const yaml = readYaml(text, file);
  const result = sourceSettingsSchema.safeParse(yaml.value ?? {});
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) =>
    fieldProblem(yaml, issue.path, issue.message, fixFor(issue.path)),
  );
  throw new ContentFileError(messages.join('\n'));
}

function fixFor(path: readonly PropertyKey[]): string {
  const field = String(path.at(-1) ?? '');
  const fixes: Record<string, string> = {
    match: '写上这篇文章标题中的一段文字，例如 match: 首都工会改革',
    year: '写四位数的年份，例如 year: 2019',
    url: '写完整的网址，以 http:// 或 https:// 开头',
    authors: '写成列表，例如 authors: [张三, 李四]',
    publish: '写 true（发布）或 false（不发布）',
  };
  return fixes[field] ?? '对照 content/sources/README.md 中的设置文件格式修改；不认识的字段请删除。';
}

/** The settings for the article whose title, kicker or subtitle contains `match`. */
export function settingsFor(
  settings: SourceSettings,
  heads: ReadonlyArray<string | null>,
): ArticleSettings | undefined {
  return settings.articles?.find((article) => heads.some((head) => head?.includes(article.match)));
}
