// Reads /data/passages/<id>.json, each case once per page.
import type { PassageFile } from '../../schemas/passage-file.ts';

declare global {
  interface Window {
    /** The requests /kit/'s head started for the cases its link names, once it has read the link (src/pages/kit.astro). */
    kitPassageRequests?: Promise<Map<string, Promise<Response>>>;
  }
}

const files = new Map<string, Promise<PassageFile | null>>();

export function loadPassageFile(caseId: string): Promise<PassageFile | null> {
  let file = files.get(caseId);
  if (!file) {
    const url = `/data/passages/${caseId}.json`;
    file = Promise.resolve(window.kitPassageRequests)
      .then((started) => {
        const request = started?.get(caseId);
        started?.delete(caseId);
        // Public data, without credentials: the same connections as the requests the head started.
        return request ?? fetch(url, { credentials: 'omit' });
      })
      // A site behind a login turns those away: then ask as the page itself was asked for.
      .then((response) => (response.status === 401 || response.status === 403 ? fetch(url) : response))
      .then((response) => (response.ok ? (response.json() as Promise<PassageFile>) : null))
      .catch(() => null);
    files.set(caseId, file);
  }
  return file;
}
