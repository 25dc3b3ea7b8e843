/**
 * The bytes of each download of a figure (/downloads/<id>.<format>), made once per build and
 * shared by the download routes (src/pages/downloads/), which serve them, and the pages, which
 * print their sizes next to the links (EmbedTools.astro). A page therefore knows a file's size
 * when it renders, from the very bytes the route writes: nothing reads the build output back.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import type { Figure } from '../../lib/figures/schemas';
import { langOf, pick, type SiteData } from '../../lib/data/types';
import { getSiteData } from '../../lib/site-data';
import { siteRoot } from '../../lib/embed/snippet';
import { requireSite } from '../../lib/site';
import { sceneOf } from '../../lib/figures/scene';
import { csvSidecar, toCsv } from '../../lib/csv';
import { toXlsx } from '../../lib/xlsx';
import { renderPng, RENDITIONS } from '../../lib/download/png';
import { usesLatinQuotes } from '../../lib/download/standalone';
import { fontFaceCss, imageFonts, shownText, type FontSubset } from '../../lib/fonts';
import { figureDownload } from './figure-download';
import { cachedFile } from '../../lib/download/render-cache';
// The code that turns a standalone SVG into the image files, as text: part of the cache's key.
import pngCode from '../../lib/download/png.ts?raw';
import pngFileCode from '../../lib/png-file.ts?raw';
import fontsCode from '../../lib/fonts.ts?raw';
import standaloneCode from '../../lib/download/standalone.ts?raw';
import thisCode from './download-files.ts?raw';

const IMAGE_CODE = [pngCode, pngFileCode, fontsCode, standaloneCode, thisCode];

/** The downloads every figure has (/downloads/<id>.<format>), by file extension. */
export const DOWNLOAD_FORMATS = ['svg', 'png', 'print.png', 'csv', 'json', 'xlsx'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];
/** The files made here: the downloads, and the embed's AMP placeholder (/embed/<id>/placeholder.png). */
export type FigureFile = DownloadFormat | 'placeholder.png';

/** Each file's Content-Type, for the routes. */
export const CONTENT_TYPES: Record<FigureFile, string> = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  'print.png': 'image/png',
  'placeholder.png': 'image/png',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The fonts of each figure's standalone SVG cut down to its characters (imageFonts()), by data set, then figure id and site root. */
const subsets = new WeakMap<SiteData, Map<string, Promise<FontSubset[]>>>();

function figureFonts(figure: Figure, data: SiteData, siteRoot: string, svg: string): Promise<FontSubset[]> {
  let byKey = subsets.get(data);
  if (!byKey) subsets.set(data, (byKey = new Map()));
  const key = `${figure.id} ${siteRoot}`;
  if (!byKey.has(key)) byKey.set(key, imageFonts(shownText(svg), usesLatinQuotes(svg)));
  return byKey.get(key)!;
}

/** The figure's PNG as `rendition` says: from the disk cache when a build drew the same before (render-cache.ts). */
async function pngFile(figure: Figure, data: SiteData, siteRoot: string, rendition: keyof typeof RENDITIONS): Promise<Uint8Array> {
  const { svg } = await figureDownload(figure, data, siteRoot);
  return cachedFile([...IMAGE_CODE, JSON.stringify(RENDITIONS[rendition]), svg], () => renderedPng(figure, data, siteRoot, svg, rendition));
}

/**
 * The standalone SVG rendered to PNG by resvg, its text set in the figure's font subsets (made
 * once per figure for all its PNGs and its SVG), written for resvg into a temporary folder removed after.
 */
async function renderedPng(figure: Figure, data: SiteData, siteRoot: string, svg: string, rendition: keyof typeof RENDITIONS): Promise<Uint8Array> {
  const fonts = await figureFonts(figure, data, siteRoot, svg);
  const dir = mkdtempSync(join(tmpdir(), 'jx-fonts-'));
  try {
    const files = fonts.map(({ family, weight, ttf }) => {
      const file = join(dir, `${family.replace(/\W/g, '')}-${weight}.ttf`);
      writeFileSync(file, ttf);
      return file;
    });
    return renderPng(svg, `${figure.id}.svg`, files, RENDITIONS[rendition]).png;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The standalone SVG as downloaded: with the figure's font subsets as WOFF in an
 * @font-face <style>, so that it looks the same on a machine without the font (cached as the PNGs are).
 */
async function svgFile(figure: Figure, data: SiteData, siteRoot: string): Promise<Uint8Array> {
  const { svg } = await figureDownload(figure, data, siteRoot);
  return cachedFile([...IMAGE_CODE, 'svg', svg], async () => {
    const css = await fontFaceCss(await figureFonts(figure, data, siteRoot, svg), shownText(svg));
    return utf8(svg.replace(/<svg\b[^>]*>/, (open) => `${open}<style>${css}</style>`));
  });
}

/** Makes one file's bytes; the SVG and PNGs print the site root, the data files do not. */
async function makeFile(figure: Figure, data: SiteData, siteRoot: string, format: FigureFile): Promise<Uint8Array> {
  switch (format) {
    case 'svg': return svgFile(figure, data, siteRoot);
    case 'png': return pngFile(figure, data, siteRoot, 'screen');
    case 'print.png': return pngFile(figure, data, siteRoot, 'print');
    case 'placeholder.png': return pngFile(figure, data, siteRoot, 'placeholder');
    case 'csv': return utf8(toCsv(sceneOf(figure, data).table, data.sources, langOf(data)));
    case 'json': return utf8(`${JSON.stringify(csvSidecar(figure, sceneOf(figure, data).table, data.sources, langOf(data)), null, 2)}\n`);
    case 'xlsx': return toXlsx(figure, sceneOf(figure, data).table, data.sources, langOf(data));
  }
}

/** Made files by data set (one per edition: getSiteData(lang) is memoised), then figure, format and site root. */
const made = new WeakMap<SiteData, Map<string, Promise<Uint8Array>>>();

/**
 * The bytes of a figure's download in `format`, for the site root `siteRoot` (siteRoot()): made
 * once per figure, format and root in a build, whoever asks first (a page or the route).
 */
export function downloadFile(figure: Figure, data: SiteData, siteRoot: string, format: FigureFile): Promise<Uint8Array> {
  let byKey = made.get(data);
  if (!byKey) made.set(data, (byKey = new Map()));
  const key = `${figure.id} ${format} ${format === 'svg' || format.endsWith('png') ? siteRoot : ''}`;
  if (!byKey.has(key)) byKey.set(key, makeFile(figure, data, siteRoot, format));
  return byKey.get(key)!;
}

/**
 * The GET handler of the route for `format` (/downloads/<id>.<format>, /embed/<id>/placeholder.png,
 * and the English edition's under /en/): the file downloadFile() makes from the data of the
 * route's edition (locals.lang, from its path).
 */
export function downloadRoute(format: FigureFile): APIRoute {
  return async ({ params, site, locals }) => {
    const data = await getSiteData(locals.lang ?? 'zh');
    const figure = pick(data, 'figures', params.id ?? '');
    const bytes = await downloadFile(figure, data, siteRoot(requireSite(site), import.meta.env.BASE_URL), format);
    return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': CONTENT_TYPES[format] } });
  };
}
