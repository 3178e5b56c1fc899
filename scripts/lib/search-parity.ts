// The check that the search index built from content (searchable-content.ts) is the index of the
// built pages (searchable-html.ts over dist/): both sets of pages indexed by Pagefind, and each
// page's fragment — text, anchors, filters, meta, word count — compared. Run by `npm test`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFragments } from '../../src/pagefind/bundle-files.ts';
import { runPagefind } from '../../src/pagefind/indexer.ts';
import { indexLanguage } from '../../src/utils/search/pairs.ts';
import { readArchiveContent } from './archive-content.ts';
import { sitePages, type SearchFile } from './search-index.ts';
import { contentSearchPages } from './searchable-content.ts';

export interface ParityResult {
  /** URLs of the pages compared. */
  pages: string[];
  /** URLs whose fragments differ (or that only one side has), with what differs. */
  differing: Array<{ url: string; problem: string }>;
}

async function fragmentsOf(pages: SearchFile[], scratch: string, pagefindBin: string): Promise<Map<string, string>> {
  for (const page of pages) {
    mkdirSync(path.dirname(path.join(scratch, 'site', page.file)), { recursive: true });
    writeFileSync(path.join(scratch, 'site', page.file), page.html);
  }
  const code = await runPagefind(pagefindBin, path.join(scratch, 'site'), path.join(scratch, 'bundle'), indexLanguage);
  if (code !== 0) throw new Error(`Pagefind 退出码 ${code}`);
  return readFragments(path.join(scratch, 'bundle'));
}

/** Where two fragments' JSON first differ, with a little context. */
function firstDifference(built: string, fromContent: string): string {
  let at = 0;
  while (at < built.length && built[at] === fromContent[at]) at += 1;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 40), at + 40));
  return `构建页面 ${around(built)}，内容生成 ${around(fromContent)}`;
}

export async function checkSearchParity(
  site: string,
  contentDir: string,
  pagefindBin = 'pagefind',
): Promise<ParityResult> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'search-parity-'));
  try {
    const built = await fragmentsOf(sitePages(site), path.join(scratch, 'built'), pagefindBin);
    const content = await contentSearchPages(readArchiveContent(contentDir));
    const fromContent = await fragmentsOf(content, path.join(scratch, 'content'), pagefindBin);
    const urls = [...new Set([...built.keys(), ...fromContent.keys()])].sort();
    const differing = urls.flatMap((url) => {
      const a = built.get(url);
      const b = fromContent.get(url);
      if (a === b) return [];
      const problem = !a ? '构建结果中没有这个页面' : !b ? '内容生成的索引缺这个页面' : firstDifference(a, b);
      return [{ url, problem }];
    });
    return { pages: urls, differing };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
