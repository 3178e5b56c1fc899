// Every file of a built search index (site/pagefind/) with its bytes: what a deploy publishes,
// for comparing two builds of the index byte for byte.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export function indexFiles(site: string): Record<string, string> {
  const root = path.join(site, 'pagefind');
  return Object.fromEntries(
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => statSync(path.join(root, file)).isFile())
      .sort()
      .map((file) => [file, readFileSync(path.join(root, file)).toString('base64')]),
  );
}
