// The archive's wiring: one entry per concern, each defined in src/integrations/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from './src/integrations/markdown.ts';
import { siteUrl } from './src/integrations/site-url.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { modulePreload } from './src/integrations/module-preload.ts';
import { linkedOutput } from './src/integrations/linked-output.ts';

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'always',
  // Pages rendered at a time. One at a time, a page's module loads and file writes left the main
  // thread idle a third of the time: at 10,006 cases `astro build` on its own took 119 s, not 148,
  // and an incremental build restored its pages in 22 s instead of 35 (docs/incremental-builds.md).
  build: { format: 'directory', concurrency: 16 },
  markdown: { processor: unified(markdownOptions) },
  integrations: [mdx(), sitemap(), contentCheck(), modulePreload(['/kit/']), linkedOutput()],
  devToolbar: { enabled: false },
  experimental: { incrementalBuild: true },
  // Separate caches let several builds (the benchmark's synthetic archives) run side by side.
  ...(process.env.ARCHIVE_CACHE_DIR ? { cacheDir: process.env.ARCHIVE_CACHE_DIR } : {}),
});
