/**
 * /downloads/<id>.svg: the figure's standalone SVG (headline, graphic, notes, source and credit in
 * the light theme's literal colours), drawn by the page's own components
 * (src/components/figure/figure-download.ts).
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../lib/site-data';
import { pick } from '../../lib/data/types';
import { siteRoot } from '../../lib/embed/snippet';
import { requireSite } from '../../lib/site';
import { figureDownload } from '../../components/figure/figure-download';

export async function getStaticPaths() {
  const data = await getSiteData();
  return [...data.figures.keys()].map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const data = await getSiteData();
  const figure = pick(data, 'figures', params.id ?? '');
  const { svg } = await figureDownload(figure, data, siteRoot(requireSite(site), import.meta.env.BASE_URL));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
