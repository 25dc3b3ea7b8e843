/**
 * /oembed/<id>.json and its variants (/oembed/<id>.dark.json, /oembed/<id>.w640.json…): the
 * figure's oEmbed responses (src/lib/embed/oembed.ts), one static file per colour scheme and column
 * width. The default width's height is the embed code's (src/lib/bare-frame.ts), the wider
 * column's the embed page's estimated at that width (src/lib/embed/height.ts). The thumbnail is the figure's PNG, whose size follows from its standalone SVG
 * (PNG_SCALE times larger, as png.ts renders it).
 */
import type { APIRoute } from 'astro';
import { routeDownload } from '../../components/figure/figure-download';
import { PNG_SCALE } from '../../lib/download/standalone';
import { estimateEmbedHeight } from '../../lib/embed/height';
import { sceneOf } from '../../lib/figures/scene';
import { OEMBED_VARIANTS, oembedName, oembedResponse, type OembedVariant } from '../../lib/embed/oembed';
import { FALLBACK_WIDTH, siteRoot } from '../../lib/embed/snippet';
import { bareHeight } from '../../lib/bare-frame';
import { requireSite, SITE_NAME } from '../../lib/site';
import { getSiteData } from '../../lib/site-data';
import { publishedFigures } from '../../lib/figures';

export async function getStaticPaths() {
  const figures = publishedFigures((await getSiteData()).figures.values());
  return figures.flatMap((figure) => OEMBED_VARIANTS.map((variant) => ({
    params: { id: oembedName(figure.id, variant) },
    props: { figure: figure.id, variant },
  })));
}

export const GET: APIRoute<{ figure: string; variant: OembedVariant }> = async ({ props, site }) => {
  const data = await getSiteData();
  const { figure, width, height } = await routeDownload(props.figure, site);
  const scene = sceneOf(figure, data);
  const response = oembedResponse({
    id: figure.id,
    title: figure.title,
    root: siteRoot(requireSite(site), import.meta.env.BASE_URL),
    siteName: SITE_NAME,
    // The default width's is the embed code's (bareHeight), the wider column's estimated there.
    height: props.variant.width === FALLBACK_WIDTH ? bareHeight(scene)
      : estimateEmbedHeight({ title: figure.title, dek: figure.dek, notes: figure.notes, source: scene.sourceLine, parts: scene }, props.variant.width),
    png: { width: Math.round(width * PNG_SCALE), height: Math.round(height * PNG_SCALE) },
    variant: props.variant,
  });
  return new Response(`${JSON.stringify(response, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
