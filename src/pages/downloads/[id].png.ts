/**
 * /downloads/<id>.png: the figure's standalone SVG (see [id].svg.ts) rendered by resvg at twice
 * its size, the text set in Noto Sans SC (src/lib/download/png.ts). No browser involved.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { notoSubsetFiles, renderPng } from '../../lib/download/png';
import { routeDownload } from '../../components/figure/figure-download';
import { figurePaths } from '../../lib/site-data';

export const getStaticPaths = figurePaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { figure, svg } = await routeDownload(params.id, site);
  const fonts = mkdtempSync(join(tmpdir(), 'jx-fonts-'));
  try {
    const { png } = renderPng(svg, `${figure.id}.svg`, notoSubsetFiles(svg, fonts));
    return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
  } finally {
    rmSync(fonts, { recursive: true, force: true });
  }
};
