/**
 * Pagefind's index files (metadata, word-index chunks, fragments, filters, wasm) are gzip streams
 * on disk. A server that says `Content-Encoding: gzip` for them lets the browser inflate them
 * natively; otherwise Pagefind's script inflates them in JavaScript (~50 ms more for a first
 * search at 10,000 cases). The bytes sent are the same either way.
 */
export const gzipOnDiskExtensions = ['pf_meta', 'pf_index', 'pf_fragment', 'pf_filter', 'pagefind'] as const;

/** Whether a file of the bundle is stored gzip-compressed (by its name). */
export const isGzipOnDisk = (file: string): boolean =>
  gzipOnDiskExtensions.some((extension) => file.endsWith(`.${extension}`));
