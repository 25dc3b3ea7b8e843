/**
 * /figures.json: every figure with its site-relative URLs (its page, embed page, thumbnail,
 * downloads, the default oEmbed file and every oEmbed variant) and the sources its data cites, for
 * tools and newsroom CMSs that list our figures.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getSiteData } from '../lib/site-data';
import { publishedFigures } from '../lib/figures';
import { sceneOf } from '../lib/figures/scene';
import { citeSource } from '../lib/sources';
import { figureUrls, storyUrl } from '../lib/urls';
import { isPublished } from '../lib/stories';
import { OEMBED_VARIANTS, oembedUrl } from '../lib/embed/oembed';

export const GET: APIRoute = async () => {
  const data = await getSiteData();
  const base = import.meta.env.BASE_URL;
  const published = new Set((await getCollection('stories', isPublished)).map((story) => story.id));
  const figures = publishedFigures(data.figures.values()).map((figure) => ({
    id: figure.id,
    title: figure.title,
    story: figure.story && published.has(figure.story) ? storyUrl(figure.story, base) : null,
    ...figureUrls(figure.id, base),
    oembedVariants: OEMBED_VARIANTS.map((variant) => ({ ...variant, url: oembedUrl(figure.id, base, variant) })),
    sources: sceneOf(figure, data).sources.map((source) => ({ id: source.id, citation: citeSource(source) })),
  }));
  return new Response(JSON.stringify(figures, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
