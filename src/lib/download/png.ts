/**
 * PNG downloads: a standalone SVG rendered with resvg (no browser), with the text set in Noto Sans
 * SC (OFL-1.1, from @expo-google-fonts/noto-sans-sc, or subsets of it: notoSubsets() in
 * ../fonts) so Chinese renders with real glyphs on any machine, whatever fonts it has. Each
 * rendition has its scale and the density its pHYs chunk gives (../png-file.ts).
 */
import { Resvg } from '@resvg/resvg-js';
import { IMAGE_FAMILY, NOTO_SANS_SC_FILES } from '../fonts';
import { palettePng, withDensity } from '../png-file';
import { PNG_SCALE } from './standalone';

/** The two Noto Sans SC weights the downloads use: 400 (text) and 700 (headlines, values). */
export const NOTO_SANS_SC: readonly string[] = [NOTO_SANS_SC_FILES.regular, NOTO_SANS_SC_FILES.bold];

export interface Rendition {
  /** Pixels per unit of the standalone SVG. */
  scale: number;
  /** Dots per inch written in its pHYs chunk. */
  dpi?: number;
  /** Drawn with at most this many colours (palettePng()), for the smallest file. */
  colours?: number;
}

/** The PNGs made of a figure's standalone SVG (640 units wide; a unit is 1/72 inch at 2× and 144 dpi). */
export const RENDITIONS = {
  /** /downloads/<id>.png: 1,280 px wide, sharp on phones. */
  screen: { scale: PNG_SCALE, dpi: 72 * PNG_SCALE },
  /** /downloads/<id>.print.png: 2,000 px wide at 300 dpi, 16.9 cm, a print page's text width. */
  print: { scale: 3.125, dpi: 300 },
  /** /embed/<id>/placeholder.png: AMP's placeholder while the frame loads, 320 px wide in 64 colours (under 20 KB). */
  placeholder: { scale: 0.5, colours: 64 },
} as const satisfies Record<string, Rendition>;

export interface RenderedPng {
  png: Uint8Array;
  width: number;
  height: number;
}

/**
 * Renders SVG markup to PNG as `rendition` says (the 2× screen PNG by default), with the text in
 * `fontFiles` (Noto Sans SC or subsets of it). Throws (resvg's message, prefixed with `what`)
 * when the SVG is not well-formed XML.
 */
export function renderPng(svg: string, what = 'SVG', fontFiles: readonly string[] = NOTO_SANS_SC, rendition: Rendition = RENDITIONS.screen): RenderedPng {
  let resvg: Resvg;
  try {
    resvg = new Resvg(svg, {
      font: { fontFiles: [...fontFiles], loadSystemFonts: false, defaultFontFamily: IMAGE_FAMILY, sansSerifFamily: IMAGE_FAMILY },
      fitTo: { mode: 'zoom', value: rendition.scale },
      shapeRendering: 2,
      textRendering: 1,
      logLevel: 'off',
    });
  } catch (error) {
    throw new Error(`${what}: resvg cannot read it: ${(error as Error).message}`);
  }
  const image = resvg.render();
  const { width, height } = image;
  let png: Uint8Array = rendition.colours ? palettePng(image.pixels, width, height, rendition.colours) : image.asPng();
  if (rendition.dpi) png = withDensity(png, rendition.dpi);
  return { png, width, height };
}
