import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownOptions } from '../integrations/markdown.ts';

/**
 * Characters that make a block's content more than literal text to Markdown, GFM (autolinks,
 * strikethrough) or SmartyPants (quotes, dashes, ellipses). Newspaper prose uses full-width
 * punctuation, so almost every passage has none of them.
 */
const markdownSyntax = /[\\`*_{}[\]<>&~|"'@]|--|\.\.\.|:\/\/|www\./i;

/**
 * Put before the content so Markdown reads it as one paragraph's inline text, as MDX reads the
 * children of a one-line component: `1. …` or `# …` must not become a list or a heading.
 * An ideographic space is Unicode whitespace, so `**` right after it still opens emphasis.
 */
const inlineGuard = '\u3000';

let renderer: Promise<MarkdownRenderer> | undefined;

/** Whether a block's content is literal text, the same in HTML as written. */
export function isLiteralText(markdown: string): boolean {
  return !markdownSyntax.test(markdown);
}

/** A block's inline content as HTML, through the archive's Markdown processor. */
export async function renderInline(markdown: string): Promise<string> {
  renderer ??= createMarkdownProcessor(markdownOptions);
  const { code } = await (await renderer).render(inlineGuard + markdown);
  const inline = /^<p>\u3000([\s\S]*)<\/p>$/.exec(code.trim());
  if (!inline) throw new Error(`正文块的内容不能按行内文字显示：${markdown}`);
  return inline[1] ?? '';
}

/**
 * The HTML of a block's inline content (`**emphasis**`, escapes); literal text skips the
 * processor, which keeps a 10,000-case build fast.
 */
export async function inlineHtml(markdown: string): Promise<string> {
  return isLiteralText(markdown) ? markdown : renderInline(markdown);
}
