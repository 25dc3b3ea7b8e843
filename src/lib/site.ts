import { WORDING } from './wording';

/** The site's name, as printed in headers, page titles, embeds and downloads (content/wording.yaml). */
export const SITE_NAME = WORDING.site.name;

/** The site URL from astro.config.mjs (`site`, overridable with SITE_URL); a missing one is a config error. */
export function requireSite(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs: `site` is not set (set SITE_URL or the default in the config)');
  return site;
}

/** The language of the site's pages (<html lang>), which the search index is built for too. */
export const SITE_LANG = 'zh-CN';
