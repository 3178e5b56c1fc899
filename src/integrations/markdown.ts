import remarkCjkFriendly from 'remark-cjk-friendly';

/**
 * Remark plugins for every Markdown and MDX file of the archive.
 *
 * remark-cjk-friendly lets `**` emphasis close next to CJK punctuation
 * (`**“党建带工建”**工作`), which CommonMark alone refuses.
 */
export const remarkPlugins = [remarkCjkFriendly];
