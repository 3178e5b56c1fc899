import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import InlineLines from './__fixtures__/inline-lines.mdx';
import InlineProbe from './__fixtures__/InlineProbe.astro';
import { inlineHtml, isLiteralText, renderInline } from './inline-markdown.ts';

const fixture = new URL('./__fixtures__/inline-lines.mdx', import.meta.url);
const lines = readFileSync(fixture, 'utf8')
  .split('\n')
  .map((line) => /^<B>(.*)<\/B>$/.exec(line)?.[1])
  .filter((line): line is string => line !== undefined);

/** One spelling for each escaped character (`&lt;` and `&#x3C;` mean the same to a browser). */
function decoded(html: string): string {
  return html
    .replace(/&lt;|&#60;/g, '&#x3C;')
    .replace(/&gt;|&#62;/g, '>')
    .replace(/&amp;|&#38;/g, '&#x26;')
    .replace(/&quot;|&#x22;|&#34;/g, '"')
    .trim();
}

describe('inlineHtml', () => {
  it('renders the emphasis of the foundation test: **“党建带工建”**工作', async () => {
    expect(await inlineHtml('推动**“党建带工建”**工作落实。')).toBe('推动<strong>“党建带工建”</strong>工作落实。');
  });

  it('renders every fixture line as MDX renders it inside a one-line block component', async () => {
    const renderers = await loadRenderers([getContainerRenderer()]);
    const container = await AstroContainer.create({ renderers });
    const html = await container.renderToString(InlineLines, { props: { components: { B: InlineProbe } } });
    const fromMdx = [...html.matchAll(/<inline-probe>([\s\S]*?)<\/inline-probe>/g)].map((match) =>
      decoded(match[1] ?? ''),
    );
    expect(fromMdx).toHaveLength(lines.length);
    const ours = await Promise.all(lines.map(async (line) => decoded(await inlineHtml(line))));
    expect(ours).toEqual(fromMdx);
  });

  it('keeps block syntax at the start of a line as text', async () => {
    expect(await renderInline('1. 第一条：建会入会')).toBe('1. 第一条：建会入会');
    expect(await renderInline('# 不是标题')).toBe('# 不是标题');
  });

  it('passes literal text through unchanged, exactly as the Markdown processor would render it', async () => {
    const alphabet = [
      ...'工会改革职工建会入会，。：；“”（）《》、！？０１ 0123456789abcXYZ.-+=#%()/:!?\n'.replace('\n', ''),
    ];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 40 }), async (characters) => {
        const text = characters.join('').trim();
        fc.pre(text.length > 0 && isLiteralText(text));
        expect(await inlineHtml(text)).toBe(text);
        expect(await renderInline(text)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
