// The t→cn build only (≈110 kB): the full build (1.2 MB, both directions) costs ~0.1 s to load
// on every ingest run, and its t→cn tables are the same (Locale.configs.t2s is identical).
import * as OpenCC from 'opencc-js/t2cn';

/** Traditional → Simplified, for matching only: the text itself is kept as written. */
export const toSimplified: (text: string) => string = OpenCC.Converter({ from: 't', to: 'cn' });
