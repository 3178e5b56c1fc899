/** What a page says about where and when its article appeared, besides the article itself. */
export interface PageFacts {
  publication?: string | undefined;
  /** yyyy-mm-dd */
  date?: string | undefined;
  page?: string | undefined;
  url?: string | undefined;
  /** Names from an info line's 作者： field or the page's author meta. */
  authors?: string[] | undefined;
  /** From 原标题：, (引题)/(主题)/(副题) marks or the page's title metadata. */
  headline?: { title?: string; kicker?: string; subtitle?: string } | undefined;
}
