/**
 * The copy-paste embed code reporters put on their own sites: an iframe of /embed/<id>/ and our
 * resizer script (public/embed.js), both with absolute URLs from the site setting.
 */

import { escapeMarkup } from '../escape';

/** The site's absolute root URL (site + base path), always ending in "/". */
export function siteRoot(site: URL | string, base = '/'): string {
  const path = base.endsWith('/') ? base : `${base}/`;
  return new URL(path.startsWith('/') ? path : `/${path}`, site).href;
}

export interface SnippetOptions {
  /** Figure id (content/data/figures.yaml). */
  id: string;
  /** Figure headline: the iframe's accessible title. */
  title: string;
  /** Absolute site root from siteRoot(). */
  root: string;
  /** Height in px the iframe starts with, before the embed reports its real height. */
  height: number;
}

/** The embed code: `<iframe …></iframe><script src="…/embed.js" async></script>`. */
export function embedSnippet({ id, title, root, height }: SnippetOptions): string {
  if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`embed snippet: figure id "${id}" is not a lower-case id with hyphens`);
  if (!Number.isFinite(height) || height <= 0) throw new Error(`embed snippet for "${id}": expected a positive fallback height, got ${height}`);
  if (!/^https?:\/\/.+\/$/.test(root)) throw new Error(`embed snippet for "${id}": expected an absolute site root ending in "/", got "${root}"`);
  const src = `${root}embed/${id}/`;
  return `<iframe title="${escapeMarkup(title)}" src="${escapeMarkup(src)}" loading="lazy" style="width:100%;border:0" height="${Math.round(height)}"></iframe>`
    + `<script src="${escapeMarkup(`${root}embed.js`)}" async></script>`;
}
