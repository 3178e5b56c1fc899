import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { loadRenderers } from 'astro:container';
import { describe, expect, it } from 'vitest';
import Fixture from './__fixtures__/cjk-emphasis.mdx';
import { markdownOptions } from './markdown.ts';

const source = '推动**“党建带工建”**工作落实。';

describe('markdown processor', () => {
  it('renders ** emphasis next to CJK quotation marks in the project’s MDX', async () => {
    const renderers = await loadRenderers([getContainerRenderer()]);
    const container = await AstroContainer.create({ renderers });
    const html = await container.renderToString(Fixture);
    expect(html).toContain('<strong>“党建带工建”</strong>工作');
  });

  it('needs remark-cjk-friendly for it: CommonMark alone leaves the asterisks', async () => {
    const plain = await createMarkdownProcessor({ remarkPlugins: [] });
    const friendly = await createMarkdownProcessor(markdownOptions);
    expect((await plain.render(source)).code).not.toContain('<strong>');
    expect((await friendly.render(source)).code).toContain('<strong>“党建带工建”</strong>工作');
  });
});
