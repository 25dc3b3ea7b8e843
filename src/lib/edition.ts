/**
 * What a page needs of its edition, from Astro.locals (the middleware sets `lang` from the path:
 * src/middleware.ts): the language, its wording, its data and the edition's root path ("/" or
 * "/en/" under the base path). A component rendered outside a page (the download renderer's
 * container) has no locals: it is Chinese.
 */
import type { SiteData } from './data/types';
import { langRoot, localLang, type Lang } from './i18n/lang';
import { getSiteData } from './site-data';
import { wordingOf, type Wording } from './wording';

export interface Edition {
  lang: Lang;
  wording: Wording;
  data: SiteData;
  /** The edition's root path: "/" or "/en/" (under the base path). */
  home: string;
}


/** The page's edition: language, wording, data and root path. */
export async function editionOf(locals: { lang?: Lang }): Promise<Edition> {
  const lang = localLang(locals);
  return { lang, wording: wordingOf(lang), data: await getSiteData(lang), home: langRoot(lang, import.meta.env.BASE_URL) };
}
