// The part of `pngjs` (no bundled types) the e2e tests use to read screenshots.
declare module 'pngjs' {
  export const PNG: { sync: { read(buffer: Buffer): { width: number; height: number; data: Buffer } } };
}
