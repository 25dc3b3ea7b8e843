/**
 * A figure's oEmbed responses (https://oembed.com, type "rich"), published as static files under
 * /oembed/ (src/pages/oembed/[id].json.ts): a CMS that auto-embeds a pasted URL (WordPress, Ghost,
 * Iframely-based tools) finds them through the <link rel="alternate" type="application/json+oembed">
 * discovery links on the figure's page, its embed page and the page of a story it leads, and
 * inserts `html`, our embed code.
 *
 * A static host ignores the query string, so the variants an oEmbed endpoint would make from
 * `?maxwidth=` or a theme parameter are files of their own (OEMBED_VARIANTS): one per colour scheme
 * of the embed code (light, the default; dark and auto, whose iframe asks for ?theme=dark or
 * ?theme=auto) and per column width the response is sized for (a phone's, the default, and a desktop
 * article column's). A consumer that appends ?maxwidth= to a discovery URL gets the file as it is,
 * the default: sized for a phone's column, the narrowest a page is likely to give it. That is no
 * harm: the iframe is 100% wide whatever `width` says, and our script sets its height to the
 * figure's once it loads; `height` only matters where a host strips the script.
 */
import { figureUrls } from '../urls';
import { langRoot, type Lang } from '../i18n/lang';
import { fill, wordingOf } from '../wording';
import { embedSnippet, FALLBACK_WIDTH, THEMES, type Theme } from './snippet';

/**
 * The column widths the responses are sized for, px: a phone's (FALLBACK_WIDTH, as the embed code
 * the page offers), and a desktop article column's.
 */
export const OEMBED_WIDTHS = [FALLBACK_WIDTH, 640] as const;

/** One oEmbed file of a figure: its colour scheme and the column width it is sized for. */
export interface OembedVariant {
  theme: Theme;
  width: number;
}

/** Every variant, the default (light, a phone's width) first. */
export const OEMBED_VARIANTS: readonly OembedVariant[] = OEMBED_WIDTHS.flatMap((width) => THEMES.map((theme) => ({ theme, width })));

/** The file name of a variant, without ".json": "<id>", "<id>.dark", "<id>.w640", "<id>.w640.auto". */
export function oembedName(id: string, { theme, width }: OembedVariant): string {
  return `${id}${width === FALLBACK_WIDTH ? '' : `.w${width}`}${theme === 'light' ? '' : `.${theme}`}`;
}

/**
 * A variant's URL in an edition (English: /en/oembed/…) under `root` (a base path, or an absolute
 * root for an absolute URL).
 */
export function oembedUrl(id: string, root: string, variant: OembedVariant = OEMBED_VARIANTS[0]!, lang: Lang = 'zh'): string {
  return `${langRoot(lang, root)}oembed/${oembedName(id, variant)}.json`;
}

/** What a discovery link's title and the figure page say of a variant's colour scheme, in an edition (content/wording*.yaml). */
export function themeName(lang: Lang): Record<Theme, string> {
  const words = wordingOf(lang).figures;
  return { light: words.oembedLight, dark: words.oembedDark, auto: words.oembedAuto };
}

/** THEME_NAME in Chinese (themeName('zh')). */
export const THEME_NAME: Record<Theme, string> = themeName('zh');

/**
 * The discovery links of a figure in an edition, for a page's <head>: one per colour scheme at the
 * default width, light (the default) first, since consumers take the first link they find.
 */
export function oembedLinks(id: string, title: string, root: string, lang: Lang = 'zh'): { href: string; title: string }[] {
  const names = themeName(lang);
  return OEMBED_VARIANTS.filter((variant) => variant.width === FALLBACK_WIDTH)
    .map((variant) => ({
      href: oembedUrl(id, root, variant, lang),
      title: variant.theme === 'light' ? title : fill(wordingOf(lang).outputs.oembedLinkTitle, { title, theme: names[variant.theme] }),
    }));
}

export interface OembedInput {
  id: string;
  title: string;
  /** Absolute site root (siteRoot()). */
  root: string;
  /** The site's name (src/lib/site.ts). */
  siteName: string;
  /** The embed page's estimated height at the variant's width, px (estimateEmbedHeight()). */
  height: number;
  /** The figure's PNG: size in pixels. */
  png: { width: number; height: number };
  /** The variant; by default light at a phone's width. */
  variant?: OembedVariant;
  /** The edition: its embed page in `html`, its PNG as the thumbnail, its root as the provider; Chinese when not given. */
  lang?: Lang;
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

/** The oEmbed response of one figure: the embed code (in the variant's theme and height) and the PNG as its thumbnail. */
export function oembedResponse({ id, title, root, siteName, height, png, variant = OEMBED_VARIANTS[0]!, lang = 'zh' }: OembedInput): OembedResponse {
  for (const [name, value] of [['PNG width', png.width], ['PNG height', png.height]] as const) {
    if (!Number.isInteger(value) || value <= 0) throw new Error(`oEmbed for "${id}": expected a positive whole ${name}, got ${value}`);
  }
  if (!Number.isInteger(variant.width) || variant.width <= 0) throw new Error(`oEmbed for "${id}": expected a positive whole width, got ${variant.width}`);
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: siteName,
    provider_url: langRoot(lang, root),
    html: embedSnippet({ id, title, root, height, theme: variant.theme, lang }),
    // The embed fills its column: the width stated is the column its height was estimated for.
    width: variant.width,
    height: Math.round(height),
    thumbnail_url: figureUrls(id, root, lang).png,
    thumbnail_width: png.width,
    thumbnail_height: png.height,
    cache_age: 86_400,
  };
}
