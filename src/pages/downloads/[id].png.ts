/**
 * /downloads/<id>.png: the figure's standalone SVG (see [id].svg.ts) rendered by resvg at twice
 * its size, the text set in Noto Sans SC (src/lib/download/png.ts). No browser involved.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { getSiteData } from '../../lib/site-data';
import { pick } from '../../lib/data/types';
import { siteRoot } from '../../lib/embed/snippet';
import { requireSite } from '../../lib/site';
import { notoSubsetFiles, renderPng } from '../../lib/download/png';
import { figureDownload } from '../../components/figure/figure-download';

export async function getStaticPaths() {
  const data = await getSiteData();
  return [...data.figures.keys()].map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const data = await getSiteData();
  const figure = pick(data, 'figures', params.id ?? '');
  const { svg } = await figureDownload(figure, data, siteRoot(requireSite(site), import.meta.env.BASE_URL));
  const fonts = mkdtempSync(join(tmpdir(), 'jx-fonts-'));
  try {
    const { png } = renderPng(svg, `${figure.id}.svg`, notoSubsetFiles(svg, fonts));
    return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
  } finally {
    rmSync(fonts, { recursive: true, force: true });
  }
};
