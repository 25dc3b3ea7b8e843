/**
 * PNG downloads: a standalone SVG rendered with resvg (no browser) at twice its size, with the
 * text set in Noto Sans SC (OFL-1.1, from @expo-google-fonts/noto-sans-sc) so Chinese renders
 * with real glyphs on any machine, whatever fonts it has.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { NOTO_SANS_SC_FILES } from '../fonts';
import { PNG_SCALE } from './standalone';

/** The two Noto Sans SC weights the downloads use: 400 (text) and 700 (headlines, values). */
export const NOTO_SANS_SC: readonly string[] = [NOTO_SANS_SC_FILES.regular, NOTO_SANS_SC_FILES.bold];

/**
 * Writes Noto Sans SC cut down to the characters of `text` into `dir` and returns the files.
 * resvg reads its font files again for every glyph, so the 10 MB originals make each PNG take
 * seconds; the subsets (a few KB to tens of KB) take milliseconds. The subsetter is HarfBuzz's
 * (subset-font: HarfBuzz compiled to WebAssembly), the engine src/lib/text.ts measures chart
 * text with (harfbuzzjs): one engine shapes and subsets. It keeps the layout tables (kerning
 * too), so resvg draws the subset exactly as it draws the whole font, and its output depends
 * only on the font and the characters (no timestamp), so builds repeat byte for byte.
 * Characters the font lacks are left out (they would be .notdef boxes either way).
 */
export async function notoSubsetFiles(text: string, dir: string): Promise<string[]> {
  const files: string[] = [];
  // One at a time: subset-font runs one subset at a time anyway, and each holds a 10 MB font.
  for (const file of NOTO_SANS_SC) {
    const out = join(dir, basename(file));
    writeFileSync(out, await subsetFont(readFileSync(file), text));
    files.push(out);
  }
  return files;
}

export interface RenderedPng {
  png: Buffer;
  width: number;
  height: number;
}

/**
 * Renders SVG markup to PNG at PNG_SCALE × its size, with the text in `fontFiles` (Noto Sans SC
 * or subsets of it from notoSubsetFiles()). Throws (resvg's message, prefixed with `what`) when
 * the SVG is not well-formed XML.
 */
export function renderPng(svg: string, what = 'SVG', fontFiles: readonly string[] = NOTO_SANS_SC): RenderedPng {
  let resvg: Resvg;
  try {
    resvg = new Resvg(svg, {
      font: { fontFiles: [...fontFiles], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC', sansSerifFamily: 'Noto Sans SC' },
      fitTo: { mode: 'zoom', value: PNG_SCALE },
      shapeRendering: 2,
      textRendering: 1,
      logLevel: 'off',
    });
  } catch (error) {
    throw new Error(`${what}: resvg cannot read it: ${(error as Error).message}`);
  }
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

/** Width and height of a PNG, read from its IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) throw new Error('not a PNG: the 8-byte signature is missing');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') throw new Error('not a PNG: the first chunk is not IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
