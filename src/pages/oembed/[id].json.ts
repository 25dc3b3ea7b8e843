/**
 * /oembed/<id>.json: the figure's oEmbed response (src/lib/embed/oembed.ts). The thumbnail is the
 * figure's PNG, whose size follows from its standalone SVG (PNG_SCALE times larger, as png.ts renders it).
 */
import type { APIRoute } from 'astro';
import { routeDownload } from '../../components/figure/figure-download';
import { PNG_SCALE } from '../../lib/download/standalone';
import { fallbackHeight } from '../../lib/embed/height';
import { sceneOf } from '../../lib/figures/scene';
import { oembedResponse } from '../../lib/embed/oembed';
import { siteRoot } from '../../lib/embed/snippet';
import { requireSite, SITE_NAME } from '../../lib/site';
import { figurePaths, getSiteData } from '../../lib/site-data';

export const getStaticPaths = figurePaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await getSiteData();
  const { figure, width, height } = await routeDownload(params.id, site);
  const response = oembedResponse({
    id: figure.id,
    title: figure.title,
    root: siteRoot(requireSite(site), import.meta.env.BASE_URL),
    siteName: SITE_NAME,
    height: fallbackHeight(sceneOf(figure, data)),
    png: { width: Math.round(width * PNG_SCALE), height: Math.round(height * PNG_SCALE) },
  });
  return new Response(`${JSON.stringify(response, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
