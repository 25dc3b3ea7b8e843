/**
 * The per-figure routes that are not files of download-files.ts, written once for both editions
 * (src/pages/… and src/pages/en/…): each reads its edition from locals.lang (the path) and the
 * data of that edition. The thumbnail (/figures/<id>/thumbnail.svg), the oEmbed responses
 * (/oembed/<id>.json and variants) and the figure list (/figures.json).
 */
import type { APIRoute } from 'astro';
import { pick } from '../../lib/data/types';
import { PNG_SCALE } from '../../lib/download/standalone';
import { estimateEmbedHeight } from '../../lib/embed/height';
import { sceneOf } from '../../lib/figures/scene';
import { OEMBED_VARIANTS, oembedName, oembedResponse, oembedUrl, type OembedVariant } from '../../lib/embed/oembed';
import { FALLBACK_WIDTH, siteRoot } from '../../lib/embed/snippet';
import { bareHeight } from '../../lib/bare-frame';
import { requireSite } from '../../lib/site';
import { getSiteData } from '../../lib/site-data';
import { publishedFigures } from '../../lib/figures';
import { publishedStoriesInOrder } from '../../lib/gallery/stories';
import { langRoot } from '../../lib/i18n/lang';
import { plainText } from '../../lib/i18n/zh-marks';
import { citeSource } from '../../lib/sources';
import { figureUrls, storyUrl } from '../../lib/urls';
import { wordingOf } from '../../lib/wording';
import { figureDownload, figureThumbnail } from './figure-download';

/** GET of /figures/<id>/thumbnail.svg: the gallery's drawing of the figure, made once per build and shared with the gallery. */
export const thumbnailRoute: APIRoute = async ({ params, locals }) => {
  const data = await getSiteData(locals.lang ?? 'zh');
  const { svg } = await figureThumbnail(pick(data, 'figures', params.id ?? ''), data);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};

/** getStaticPaths of the oEmbed route: every published figure in every variant (the same in both editions). */
export async function oembedPaths(): Promise<{ params: { id: string }; props: { figure: string; variant: OembedVariant } }[]> {
  const figures = publishedFigures((await getSiteData()).figures.values());
  return figures.flatMap((figure) => OEMBED_VARIANTS.map((variant) => ({
    params: { id: oembedName(figure.id, variant) },
    props: { figure: figure.id, variant },
  })));
}

/**
 * GET of an oEmbed file: the default width's height is the embed code's (bareHeight()), the wider
 * column's the embed page's estimated at that width; the thumbnail is the figure's PNG, whose size
 * follows from its standalone SVG (PNG_SCALE times larger, as png.ts renders it). English: the
 * English embed code (/en/embed/<id>/), title, site name and PNG.
 */
export const oembedRoute: APIRoute<{ figure: string; variant: OembedVariant }> = async ({ props, site, locals }) => {
  const lang = locals.lang ?? 'zh';
  const data = await getSiteData(lang);
  const figure = pick(data, 'figures', props.figure);
  const root = siteRoot(requireSite(site), import.meta.env.BASE_URL);
  const { width, height } = await figureDownload(figure, data, root);
  const scene = sceneOf(figure, data);
  const response = oembedResponse({
    id: figure.id,
    title: plainText(figure.title),
    root,
    siteName: wordingOf(lang).site.name,
    // The default width's is the embed code's (bareHeight), the wider column's estimated there.
    height: props.variant.width === FALLBACK_WIDTH ? bareHeight(scene)
      : estimateEmbedHeight({ title: figure.title, dek: figure.dek, notes: figure.notes, source: scene.sourceLine, parts: scene, lang }, props.variant.width),
    png: { width: Math.round(width * PNG_SCALE), height: Math.round(height * PNG_SCALE) },
    variant: props.variant,
    lang,
  });
  return new Response(`${JSON.stringify(response, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};

/**
 * GET of /figures.json (/en/figures.json): every figure with its site-relative URLs in the edition
 * (its page, embed page, thumbnail, downloads, the default oEmbed file and every oEmbed variant)
 * and the sources its data cites, for tools and newsroom CMSs that list our figures. The same
 * shape in both editions; the English file has the English titles, URLs and citations.
 */
export const figureIndexRoute: APIRoute = async ({ locals }) => {
  const lang = locals.lang ?? 'zh';
  const data = await getSiteData(lang);
  const base = import.meta.env.BASE_URL;
  const published = new Set((await publishedStoriesInOrder(lang)).map((story) => story.id));
  const figures = publishedFigures(data.figures.values()).map((figure) => ({
    id: figure.id,
    title: plainText(figure.title),
    story: figure.story && published.has(figure.story) ? storyUrl(figure.story, langRoot(lang, base)) : null,
    ...figureUrls(figure.id, base, lang),
    oembedVariants: OEMBED_VARIANTS.map((variant) => ({ ...variant, url: oembedUrl(figure.id, base, variant, lang) })),
    sources: sceneOf(figure, data).sources.map((source) => ({ id: source.id, citation: plainText(citeSource(source, lang)) })),
  }));
  return new Response(JSON.stringify(figures, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
