// The public passage files `/data/passages/<id>.json` (src/schemas/passage-file.ts) made from the
// content, by the build's second process while Astro renders the pages: they are data, not pages,
// and Astro took ~2.5 ms for each of 10,000 on the one core it uses. The same functions make them
// as `astro dev` serves them with (src/pages/data/passages/[id].json.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { t } from '../../src/i18n/t.ts';
import { readLinkFiles } from '../../src/integrations/link-files.ts';
import type { PassageFile } from '../../src/schemas/passage-file.ts';
import { publishedPassageFile, successorPassageFiles } from '../../src/utils/passage-file.ts';
import {
  readArchiveContext,
  readCases,
  type ArchiveContext,
  type CaseEntry,
  type ReadCase,
} from './archive-content.ts';

/** What every passage file cites besides its case: the site's address and the access date. */
export interface Citing {
  site: string;
  accessed: string;
}

/** Makes a published case's passage file, as `astro dev` serves it (the measure names gathered once). */
function casePassageFiles(context: ArchiveContext, { site, accessed }: Citing): (entry: CaseEntry) => PassageFile {
  const names = new Map(context.measures.map(({ id, data }) => [id, data.name]));
  const archiveName = t('site.title');
  return (entry) => {
    const { region } = entry.data;
    return publishedPassageFile({
      data: entry.data,
      body: entry.body,
      region: region === null ? null : (context.regionById.get(region) ?? null),
      measureName: (id) => names.get(id) ?? id,
      aliases: context.aliases[entry.id] ?? {},
      site,
      accessed,
      archiveName,
    });
  };
}

/**
 * Writes the passage file of every case of `contentDir` (`cases`, as read from it), and of every
 * id that is no longer a case, into `<site>/data/passages/`; returns the number of cases. A
 * content mistake throws (the Astro build, run alongside, reports it with file, line and the fix).
 */
export function writePassageFiles(
  contentDir: string,
  site: string,
  citing: Citing,
  cases: readonly ReadCase[] = readCases(contentDir),
): number {
  const passageFile = casePassageFiles(readArchiveContext(contentDir), citing);
  const folder = path.join(site, 'data', 'passages');
  mkdirSync(folder, { recursive: true });
  const write = (file: PassageFile) => writeFileSync(path.join(folder, `${file.id}.json`), JSON.stringify(file));
  const ids = new Set<string>();
  for (const { entry } of cases) {
    ids.add(entry.id);
    write(passageFile(entry));
  }
  for (const file of successorPassageFiles(ids, readLinkFiles(contentDir).successors)) write(file);
  return ids.size;
}
