import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { caseFileNames, readCaseFiles } from '../content-model/case-file.ts';
import { parseRegions } from '../content-model/region.ts';
import { syncAndWatch } from './watch.ts';

/** The ids of content/regions.yaml (a wrong entry fails with its file and line), which a case's `region` must name. */
function regionIds(contentFolder: string, root: string): Set<string> {
  const file = path.join(contentFolder, 'regions.yaml');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return new Set(parseRegions(text, path.relative(root, file)).map((region) => region.id));
}

/**
 * The cases collection: each `.mdx` case file read as front matter plus a body of block
 * components (content/cases/README.md), which the case page renders block by block
 * (src/components/case/CaseBody.astro). Compiling every file into its own MDX module instead
 * costs ~10 ms and a module in the bundle per case — minutes and gigabytes at 10,000 cases.
 * The store keeps each file's data, path and digest, not its body: pages read the body from the
 * file (src/utils/case-body.ts), as Astro holds the store in memory and inlines it into the bundle.
 */
export function caseFiles(folder: string): Loader {
  const knownMetaKey = 'known-references';
  async function sync({ store, meta, parseData, generateDigest, config }: LoaderContext): Promise<void> {
    const root = path.resolve(new URL(config.root).pathname);
    const files = caseFileNames(folder).map((name) => {
      const source = readFileSync(path.join(folder, name), 'utf8');
      return { name, shownAs: path.relative(root, path.join(folder, name)), source, digest: generateDigest(source) };
    });
    const sourcesDir = path.join(path.dirname(folder), 'sources');
    const sources = existsSync(sourcesDir) ? new Set(readdirSync(sourcesDir)) : undefined;
    const known = { sources, regions: regionIds(path.dirname(folder), root) };
    // A file the previous sync stored with the same text, against the same sources and regions,
    // needs no reading again: an incremental build of 10,000 cases changes a few.
    const knownDigest = generateDigest(
      JSON.stringify([sources ? [...sources].sort() : null, [...known.regions].sort()]),
    );
    const stored = new Map([...store.entries()].map(([id, entry]) => [entry.filePath, { id, digest: entry.digest }]));
    const readBefore = new Map(
      meta.get(knownMetaKey) === knownDigest
        ? files.flatMap(({ shownAs, digest }): Array<[string, string]> => {
            const before = stored.get(shownAs);
            return before?.digest === digest ? [[shownAs, before.id]] : [];
          })
        : [],
    );
    const { cases, problems } = readCaseFiles(files, known, readBefore);
    if (problems.length > 0) {
      throw new Error(
        `案例文件有 ${problems.length} 处错误：\n${problems.map((problem) => `  ${problem}`).join('\n')}\n请按提示修改后重新构建。`,
      );
    }
    const stale = new Set(store.keys());
    for (const id of readBefore.values()) stale.delete(id);
    for (const entry of cases) {
      stale.delete(entry.id);
      if (store.get(entry.id)?.digest === entry.digest) continue;
      const data = await parseData({ id: entry.id, data: entry.fields, filePath: path.join(folder, entry.name) });
      store.set({ id: entry.id, data, filePath: entry.shownAs, digest: entry.digest });
    }
    for (const id of stale) store.delete(id);
    meta.set(knownMetaKey, knownDigest);
  }

  return {
    name: 'case-files',
    load: (context) => syncAndWatch(context, folder, '.mdx', sync),
  };
}
