// npm run check:html [dist] — every built page must pass html-validate (.htmlvalidate.json).
import path from 'node:path';
import { validateSite } from './lib/validate-html.ts';
import { outDir } from '../src/integrations/paths.ts';

const site = process.argv[2] ? path.resolve(process.argv[2]) : outDir;
const results = await validateSite(site);
const failed = results.filter((result) => result.problems.length > 0);
for (const { page, problems } of failed) console.error(`✗ ${page}\n  ${problems.join('\n  ')}`);
console.log(`HTML 校验：${results.length} 个页面，${failed.length} 个页面有错误。`);
process.exitCode = results.length === 0 || failed.length > 0 ? 1 : 0;
