/** The site's languages: Chinese, the edition at the root, and English, the edition at /en/ (issue 25). */
export const LANGS = ['zh', 'en'] as const;

export type Lang = (typeof LANGS)[number];

/** <html lang> and the search index's language of each edition. */
export const HTML_LANG: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en' };

/** Open Graph locale of each edition. */
export const OG_LOCALE: Readonly<Record<Lang, string>> = { zh: 'zh_CN', en: 'en_US' };

/** The folder an edition lives under, below the base path: "" for Chinese, "en/" for English. */
export const LANG_FOLDER: Readonly<Record<Lang, string>> = { zh: '', en: 'en/' };

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** The root of an edition under the base path: "/" or "/en/" (with base "/x/": "/x/", "/x/en/"). */
export function langRoot(lang: Lang, base = '/'): string {
  return `${withSlash(base)}${LANG_FOLDER[lang]}`;
}

/**
 * The language a page's locals name (the middleware sets it from the path: src/middleware.ts);
 * Chinese outside a page (the download renderer's container has no locals). Components read their
 * edition with it; src/lib/edition.ts adds the wording, data and root path for views.
 */
export const localLang = (locals: { lang?: Lang }): Lang => locals.lang ?? 'zh';

/** The edition a site path belongs to: "/en/…" is English, anything else Chinese. */
export function langOfPath(pathname: string, base = '/'): Lang {
  return pathname.startsWith(`${withSlash(base)}en/`) || pathname === `${withSlash(base)}en` ? 'en' : 'zh';
}

/**
 * The same page in the other edition: "/stories/x/" ⇄ "/en/stories/x/" (under the base path).
 * Paths outside the base are returned as they are.
 */
export function counterpartPath(pathname: string, to: Lang, base = '/'): string {
  const root = withSlash(base);
  if (!pathname.startsWith(root)) return pathname;
  const rest = pathname.slice(root.length).replace(/^en(\/|$)/, '');
  return `${langRoot(to, base)}${rest}`;
}
