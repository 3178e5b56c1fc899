// npm run check:links [dist] — every internal link and #anchor of the built site must resolve.
import path from 'node:path';
import { checkSiteLinks } from './lib/dist-links.ts';
import { outDir } from '../src/integrations/paths.ts';

const site = process.argv[2] ? path.resolve(process.argv[2]) : outDir;
const { pages, broken } = checkSiteLinks(site);
for (const { page, link, reason } of broken) console.error(`✗ ${page}: ${link} → ${reason}`);
const failedPages = new Set(broken.map((problem) => problem.page)).size;
console.log(`链接检查：${pages.length} 个页面，${broken.length} 处失效链接（${failedPages} 个页面）。`);
process.exitCode = pages.length === 0 || broken.length > 0 ? 1 : 0;
