/**
 * A figure's oEmbed response (https://oembed.com, type "rich"), published as a static file
 * /oembed/<id>.json (src/pages/oembed/[id].json.ts): a CMS that auto-embeds a pasted URL (WordPress, Ghost, Iframely-based tools)
 * finds it through the <link rel="alternate" type="application/json+oembed"> on the figure's embed
 * page and gallery entry, and inserts `html`, our embed code.
 */
import { figureUrls } from '../urls';
import { embedSnippet, FALLBACK_WIDTH } from './snippet';

export interface OembedInput {
  id: string;
  title: string;
  /** Absolute site root (siteRoot()). */
  root: string;
  /** The site's name (src/lib/site.ts). */
  siteName: string;
  /** Fallback height of the embed code, px. */
  height: number;
  /** The figure's PNG: size in pixels. */
  png: { width: number; height: number };
}

export interface OembedResponse {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

/** The oEmbed response of one figure: the embed code (light theme) and the PNG as its thumbnail. */
export function oembedResponse({ id, title, root, siteName, height, png }: OembedInput): OembedResponse {
  for (const [name, value] of [['PNG width', png.width], ['PNG height', png.height]] as const) {
    if (!Number.isInteger(value) || value <= 0) throw new Error(`oEmbed for "${id}": expected a positive whole ${name}, got ${value}`);
  }
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: siteName,
    provider_url: root,
    html: embedSnippet({ id, title, root, height }),
    // The embed fills its column: the width stated is the column its height was estimated for.
    width: FALLBACK_WIDTH,
    height: Math.round(height),
    thumbnail_url: figureUrls(id, root).png,
    thumbnail_width: png.width,
    thumbnail_height: png.height,
    cache_age: 86_400,
  };
}
