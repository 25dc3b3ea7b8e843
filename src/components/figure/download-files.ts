/**
 * The bytes of each download of a figure (/downloads/<id>.<format>), made once per build and
 * shared by the download routes (src/pages/downloads/), which serve them, and the pages, which
 * print their sizes next to the links (EmbedTools.astro). A page therefore knows a file's size
 * when it renders, from the very bytes the route writes: nothing reads the build output back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import type { Figure } from '../../lib/figures/registry';
import { pick, type SiteData } from '../../lib/data/types';
import { getSiteData } from '../../lib/site-data';
import { siteRoot } from '../../lib/embed/snippet';
import { requireSite } from '../../lib/site';
import { sceneOf } from '../../lib/figures/scene';
import { csvSidecar, toCsv } from '../../lib/csv';
import { toXlsx } from '../../lib/xlsx';
import { notoSubsetFiles, renderPng } from '../../lib/download/png';
import { figureDownload } from './figure-download';

/** The downloads every figure has, by file extension. */
export const DOWNLOAD_FORMATS = ['svg', 'png', 'csv', 'json', 'xlsx'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** Each download's Content-Type, for the routes. */
export const CONTENT_TYPES: Record<DownloadFormat, string> = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * The figure's standalone SVG rendered to PNG by resvg, its text set in Noto Sans SC cut down to
 * the characters the SVG uses (src/lib/download/png.ts), in a temporary folder removed after.
 */
async function pngFile(figure: Figure, data: SiteData, siteRoot: string): Promise<Uint8Array> {
  const { svg } = await figureDownload(figure, data, siteRoot);
  const fonts = mkdtempSync(join(tmpdir(), 'jx-fonts-'));
  try {
    const { png } = renderPng(svg, `${figure.id}.svg`, await notoSubsetFiles(svg, fonts));
    return new Uint8Array(png);
  } finally {
    rmSync(fonts, { recursive: true, force: true });
  }
}

/** Makes one download's bytes; the SVG and PNG print the site root, the data files do not. */
async function makeFile(figure: Figure, data: SiteData, siteRoot: string, format: DownloadFormat): Promise<Uint8Array> {
  switch (format) {
    case 'svg': return utf8((await figureDownload(figure, data, siteRoot)).svg);
    case 'png': return pngFile(figure, data, siteRoot);
    case 'csv': return utf8(toCsv(sceneOf(figure, data).table, data.sources));
    case 'json': return utf8(`${JSON.stringify(csvSidecar(figure, sceneOf(figure, data).table, data.sources), null, 2)}\n`);
    case 'xlsx': return toXlsx(figure, sceneOf(figure, data).table, data.sources);
  }
}

/** Made files by data set (a build has one: getSiteData() is memoised), then figure, format and site root. */
const made = new WeakMap<SiteData, Map<string, Promise<Uint8Array>>>();

/**
 * The bytes of a figure's download in `format`, for the site root `siteRoot` (siteRoot()): made
 * once per figure, format and root in a build, whoever asks first (a page or the route).
 */
export function downloadFile(figure: Figure, data: SiteData, siteRoot: string, format: DownloadFormat): Promise<Uint8Array> {
  let byKey = made.get(data);
  if (!byKey) made.set(data, (byKey = new Map()));
  const key = `${figure.id} ${format} ${format === 'svg' || format === 'png' ? siteRoot : ''}`;
  if (!byKey.has(key)) byKey.set(key, makeFile(figure, data, siteRoot, format));
  return byKey.get(key)!;
}

/** The GET handler of the download route for `format` (/downloads/<id>.<format>): the file downloadFile() makes. */
export function downloadRoute(format: DownloadFormat): APIRoute {
  return async ({ params, site }) => {
    const data = await getSiteData();
    const figure = pick(data, 'figures', params.id ?? '');
    const bytes = await downloadFile(figure, data, siteRoot(requireSite(site), import.meta.env.BASE_URL), format);
    return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': CONTENT_TYPES[format] } });
  };
}
