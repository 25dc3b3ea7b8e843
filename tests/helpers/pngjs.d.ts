/** The part of pngjs (no types of its own) the tests use: decoding a PNG to RGBA bytes. */
declare module 'pngjs' {
  export const PNG: {
    sync: { read(buffer: Buffer): { width: number; height: number; data: Buffer } };
  };
}
