/**
 * /downloads/<id>.svg: the figure's standalone SVG (headline, graphic, notes, source and credit in
 * the light theme's literal colours), drawn by the page's own components
 * (src/components/figure/figure-download.ts).
 */
import type { APIRoute } from 'astro';
import { routeDownload } from '../../components/figure/figure-download';
import { figurePaths } from '../../lib/site-data';

export const getStaticPaths = figurePaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { svg } = await routeDownload(params.id, site);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
