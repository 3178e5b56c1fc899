import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';

/**
 * The archive's Markdown settings, for Astro's processor (astro.config.mjs) and for the inline
 * text of case blocks (src/utils/inline-markdown.ts), so both read a line the same way.
 *
 * remark-cjk-friendly lets `**` emphasis close next to CJK punctuation
 * (`**“党建带工建”**工作`), which CommonMark alone refuses.
 */
export const markdownOptions = { remarkPlugins: [remarkCjkFriendly] } satisfies UnifiedProcessorOptions;
