/** The site's languages: Chinese, the edition of today, and English, the edition at /en/ (issue 25). */
export const LANGS = ['zh', 'en'] as const;

export type Lang = (typeof LANGS)[number];
