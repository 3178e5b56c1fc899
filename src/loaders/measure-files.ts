import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadTaxonomy } from '../content-model/taxonomy.ts';
import { syncAndWatch } from './watch.ts';

/**
 * The measures collection: `content/measures/*.yaml` read by the same function as the ingest's
 * (loadTaxonomy), so the site shows exactly the taxonomy that was validated — categories and
 * related ids exist, mistakes are reported with file, line, field and the fix.
 */
export function measureFiles(contentDir: string): Loader {
  const folder = path.join(contentDir, 'measures');
  async function sync({ store, parseData, generateDigest }: LoaderContext): Promise<void> {
    const measures = loadTaxonomy(contentDir);
    store.clear();
    for (const { id, ...fields } of measures) {
      const data = await parseData({ id, data: fields, filePath: path.join(folder, `${id}.yaml`) });
      store.set({ id, data, digest: generateDigest(fields) });
    }
  }
  return {
    name: 'measure-files',
    load: (context) => syncAndWatch(context, folder, '.yaml', sync),
  };
}
