import { langRoot, type Lang } from './i18n/lang';

/** The id of the embed-and-download box on a figure's page. */
export const EMBED_TOOLS_ID = 'embed-and-download';

/**
 * Site-relative URLs of a figure's pages and downloads in an edition (English under /en/), under
 * the configured base path (absolute with an absolute root).
 */
export function figureUrls(id: string, base = '/', lang: Lang = 'zh') {
  const root = langRoot(lang, base);
  return {
    /** The figure's own page: the figure, its embed codes, downloads and the stories that use it. */
    page: `${root}figures/${id}/`,
    /** Its embed-and-download box on that page (EmbedTools.astro), which story pages link to. */
    tools: `${root}figures/${id}/#${EMBED_TOOLS_ID}`,
    /** Its drawing in the gallery, in the reader's colour scheme. */
    thumbnail: `${root}figures/${id}/thumbnail.svg`,
    embed: `${root}embed/${id}/`,
    svg: `${root}downloads/${id}.svg`,
    /** 2× PNG at 144 dpi; for print, printPng: 300 dpi (src/lib/download/png.ts: RENDITIONS). */
    png: `${root}downloads/${id}.png`,
    printPng: `${root}downloads/${id}.print.png`,
    /** A small PNG of the figure, AMP's placeholder while the embed loads. */
    placeholder: `${root}embed/${id}/placeholder.png`,
    csv: `${root}downloads/${id}.csv`,
    /** The CSV's sidecar: columns, sources and notes. */
    csvMeta: `${root}downloads/${id}.json`,
    /** The CSV's table as an Excel workbook, with a 说明 sheet. */
    xlsx: `${root}downloads/${id}.xlsx`,
    /** The oEmbed response (light theme, a phone's width); its variants: src/lib/embed/oembed.ts. */
    oembed: `${root}oembed/${id}.json`,
  };
}

/** A story's URL under the base path. */
export function storyUrl(slug: string, base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}stories/${slug}/`;
}

/** A file of the site (e.g. "scripts/copy-snippet.js", "embed.js") under the base path. */
export function assetUrl(path: string, base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\//, '')}`;
}

/** A county's slug in its page URL (/places/<slug>/), from its romanised name: "Tongxiang" → "tongxiang". */
export function countySlug(romanised: string): string {
  return romanised.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
