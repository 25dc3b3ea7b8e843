/**
 * The copy-paste embed codes reporters put on their own sites: an iframe of /embed/<id>/ with our
 * resizer script (public/embed.js), and the same figure as an AMP <amp-iframe>. Absolute URLs
 * from the site setting; attributes only, no style="…", so a host page whose Content-Security-
 * Policy forbids inline styles shows the frame as it should.
 */

import { escapeMarkup } from '../escape';
import { ESTIMATE_WIDTH } from './height';
import { langRoot, type Lang } from '../i18n/lang';
import { wordingOf } from '../wording';

/** The site's absolute root URL (site + base path), always ending in "/". */
export function siteRoot(site: URL | string, base = '/'): string {
  const path = base.endsWith('/') ? base : `${base}/`;
  return new URL(path.startsWith('/') ? path : `/${path}`, site).href;
}

/**
 * The colour scheme an embed is drawn in: light unless the embed code says otherwise (as
 * Datawrapper does: a dark reader on a light news page should not get a black box); "auto"
 * follows the reader's system setting.
 */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The sandbox permissions an embed needs where a host frames it in a sandbox (AMP, some CMSs):
 * scripts to report its height, same-origin for its own styles and messages, pop-ups for its
 * links (which open in a new tab) that escape the sandbox (the story and the CSV open as usual),
 * and downloads (the CSV). Nothing else: no navigation of the host page.
 */
export const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';

/**
 * The column width the default oEmbed responses state: a phone's article column (most of our
 * readers read on a phone). Their height, like the embed code's, fits every column from 320 to
 * 1280 px (src/lib/bare-frame.ts); it matters only where the host strips our script.
 */
export const FALLBACK_WIDTH = ESTIMATE_WIDTH;


export interface SnippetOptions {
  /** Figure id (content/data/figures.yaml). */
  id: string;
  /** Figure headline: the iframe's accessible title. */
  title: string;
  /** Absolute site root from siteRoot(). */
  root: string;
  /** Height in px the iframe starts with, before the embed reports its real height. */
  height: number;
  /** Colour scheme; light when not given. */
  theme?: Theme;
  /** The edition whose embed page the code frames (English: /en/embed/<id>/); Chinese when not given. */
  lang?: Lang;
}

function checked({ id, root, height, theme = 'light', lang = 'zh' }: SnippetOptions): string {
  if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`embed snippet: figure id "${id}" is not a lower-case id with hyphens`);
  if (!Number.isFinite(height) || height <= 0) throw new Error(`embed snippet for "${id}": expected a positive fallback height, got ${height}`);
  if (!/^https?:\/\/.+\/$/.test(root)) throw new Error(`embed snippet for "${id}": expected an absolute site root ending in "/", got "${root}"`);
  if (!THEMES.includes(theme)) throw new Error(`embed snippet for "${id}": theme must be one of ${THEMES.join(', ')}, got "${theme}"`);
  return embedSrc(id, root, theme, lang);
}

/** The embed page's absolute URL in an edition, with ?theme= unless the theme is the default (light). */
export function embedSrc(id: string, root: string, theme: Theme = 'light', lang: Lang = 'zh'): string {
  return `${langRoot(lang, root)}embed/${id}/${theme === 'light' ? '' : `?theme=${theme}`}`;
}

/** The embed code: `<iframe …></iframe><script src="…/embed.js" async></script>` (one resizer for both editions, at the site root). */
export function embedSnippet(options: SnippetOptions): string {
  const src = checked(options);
  return `<iframe title="${escapeMarkup(options.title)}" src="${escapeMarkup(src)}" width="100%" height="${Math.round(options.height)}" frameborder="0" loading="lazy"></iframe>`
    + `<script src="${escapeMarkup(`${options.root}embed.js`)}" async></script>`;
}

/**
 * The AMP code: an <amp-iframe> that AMP resizes from the embed's "embed-size" message
 * (`resizable` needs the overflow button), sandboxed with SANDBOX, with `png` (the figure's
 * small placeholder PNG, figureUrls().placeholder) shown while it loads.
 */
export function ampSnippet(options: SnippetOptions & { png: string }): string {
  const src = checked(options);
  const showAll = escapeMarkup(wordingOf(options.lang ?? 'zh').outputs.ampShowAll);
  return `<amp-iframe title="${escapeMarkup(options.title)}" src="${escapeMarkup(src)}" layout="fixed-height" height="${Math.round(options.height)}" sandbox="${SANDBOX}" frameborder="0" resizable>`
    + `<amp-img placeholder layout="fill" src="${escapeMarkup(options.png)}" alt=""></amp-img>`
    + `<div overflow tabindex="0" role="button" aria-label="${showAll}">${showAll}</div></amp-iframe>`;
}
