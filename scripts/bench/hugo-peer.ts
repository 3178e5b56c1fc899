// The peer a user would otherwise pick, measured on the same synthetic archive in the same run
// (as ../shared/anchors/hugo-pagefind.sh does): Hugo renders each case's title and passages as
// Markdown, stock Pagefind (zh-CN, its own segmentation) indexes the pages' title and body.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from '../../src/content-model/front-matter.ts';
import { parsePassages } from '../../src/content-model/passages.ts';
import { readYaml } from '../../src/content-model/yaml.ts';
import { ensureSystemTools, hasCommand } from '../lib/system-packages.ts';
import { measure } from './measure.ts';

export interface PeerRun {
  pages: number;
  hugoSeconds: number;
  pagefindSeconds: number;
  seconds: number;
  peakRssMB: number;
  ok: boolean;
}

const layouts: Record<string, string> = {
  'baseof.html':
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>\n',
  'single.html': '{{ define "main" }}<main data-pagefind-body><h1>{{ .Title }}</h1>{{ .Content }}</main>{{ end }}\n',
  'list.html':
    '{{ define "main" }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n',
};

/** The Hugo site of the archive's cases in `site`: one Markdown page per case. */
function writeHugoSite(contentDir: string, site: string): void {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(path.join(site, 'content', 'cases'), { recursive: true });
  mkdirSync(path.join(site, 'layouts', '_default'), { recursive: true });
  writeFileSync(
    path.join(site, 'config.toml'),
    'baseURL = "https://example.org/"\nlanguageCode = "zh-CN"\ntitle = "工会改革案例库"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n',
  );
  for (const [name, layout] of Object.entries(layouts))
    writeFileSync(path.join(site, 'layouts', '_default', name), layout);
  const casesDir = path.join(contentDir, 'cases');
  for (const name of readdirSync(casesDir).filter((file) => file.endsWith('.mdx'))) {
    const parts = splitFrontMatter(readFileSync(path.join(casesDir, name), 'utf8'));
    if (!parts) continue;
    const { title } = readYaml(parts.yaml, name).value as { title: string };
    const body = parsePassages(parts.body).map((passage) =>
      passage.kind === 'Heading' ? `## ${passage.text}` : passage.text,
    );
    writeFileSync(
      path.join(site, 'content', 'cases', name.replace(/\.mdx$/, '.md')),
      `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body.join('\n\n')}\n`,
    );
  }
}

const countHtml = (folder: string): number =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;

/**
 * Builds the cases of `contentDir` with Hugo and indexes them with Pagefind, in `work`. Null
 * (with the reason printed) when Hugo is missing and cannot be installed.
 */
export async function peerRun(contentDir: string, work: string): Promise<PeerRun | null> {
  try {
    ensureSystemTools([
      { purpose: '与 Hugo + Pagefind 的对比', packages: ['hugo'], isPresent: () => hasCommand('hugo') },
    ]);
  } catch (error) {
    console.log(`Hugo + Pagefind comparison skipped: ${(error as Error).message}`);
    return null;
  }
  const site = path.join(work, 'hugo');
  writeHugoSite(contentDir, site);
  const hugo = await measure('hugo', ['--quiet', '--source', site]);
  const pagefind = await measure(path.resolve('node_modules/.bin/pagefind'), ['--site', path.join(site, 'public')]);
  const ok = hugo.exitCode === 0 && pagefind.exitCode === 0;
  const pages = ok ? countHtml(path.join(site, 'public')) : 0;
  rmSync(site, { recursive: true, force: true });
  return {
    pages,
    hugoSeconds: hugo.seconds,
    pagefindSeconds: pagefind.seconds,
    seconds: hugo.seconds + pagefind.seconds,
    peakRssMB: Math.max(hugo.peakRssMB, pagefind.peakRssMB),
    ok,
  };
}
