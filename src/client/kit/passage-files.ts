// Reads /data/passages/<id>.json, each case once per page.
import type { PassageFile } from '../../schemas/passage-file.ts';

const files = new Map<string, Promise<PassageFile | null>>();

export function loadPassageFile(caseId: string): Promise<PassageFile | null> {
  let file = files.get(caseId);
  if (!file) {
    file = fetch(`/data/passages/${caseId}.json`)
      .then((response) => (response.ok ? (response.json() as Promise<PassageFile>) : null))
      .catch(() => null);
    files.set(caseId, file);
  }
  return file;
}
