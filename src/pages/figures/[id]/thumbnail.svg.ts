/**
 * /figures/<id>/thumbnail.svg: the figure's drawing in the gallery, in the colour scheme of the
 * page that shows it (src/lib/gallery/thumbnail.ts), made once per build and shared with the gallery.
 */
import type { APIRoute } from 'astro';
import { figureThumbnail } from '../../../components/figure/figure-download';
import { pick } from '../../../lib/data/types';
import { figurePaths, getSiteData } from '../../../lib/site-data';

export const getStaticPaths = figurePaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await getSiteData();
  const { svg } = await figureThumbnail(pick(data, 'figures', params.id ?? ''), data);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
