import * as OpenCC from 'opencc-js';

/** Traditional → Simplified, for matching only: the text itself is kept as written. */
export const toSimplified: (text: string) => string = OpenCC.Converter({ from: 't', to: 'cn' });
