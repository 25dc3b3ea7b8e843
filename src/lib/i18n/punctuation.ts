/**
 * The marks that join words into text in each edition: Chinese full-width punctuation without
 * spaces, English marks followed by a space. Pure data: words live in the wording files
 * (src/lib/wording.ts), whose texts are trimmed, so the joints between them live here.
 */
import type { Lang } from './lang';

export interface Punctuation {
  /** Between the items of a list: 平湖市、桐乡市 / Pinghu, Tongxiang. */
  list: string;
  /** Between the parts of a phrase: 2025年，平湖 / 2025, Pinghu. */
  comma: string;
  /** Between clauses: …；… / …; … */
  clause: string;
  /** After a sentence: 。 / . */
  stop: string;
  /** After a label: 注： / Note: */
  colon: string;
  /** Between a text and a link or word that follows it in running text: nothing in Chinese, a space in English. */
  space: string;
}

export const PUNCTUATION: Readonly<Record<Lang, Punctuation>> = {
  zh: { list: '、', comma: '，', clause: '；', stop: '。', colon: '：', space: '' },
  en: { list: ', ', comma: ', ', clause: '; ', stop: '.', colon: ': ', space: ' ' },
};

/** A sentence's first letter in capitals (English; Chinese has none, so it passes unchanged). */
export const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** What may stand right before an opening quotation mark: a space, an opening bracket or quote (Chinese too), a dash or slash. */
const OPENS_AFTER = /[\s([{“‘（《「『〔【〈—–/-]/u;

/**
 * Whether a straight quotation mark after `before` (the character before it; undefined at the
 * start) opens a quotation; elsewhere it closes one. The one rule for setting straight marks
 * (curlyQuotes()) and for keeping them on their word in a line break (src/lib/linebreak.ts).
 */
export function opensQuotation(before: string | undefined): boolean {
  return before === undefined || OPENS_AFTER.test(before);
}

/**
 * English text with its straight quotation marks and apostrophes set as typographic ones, as the
 * stories' Markdown already is (Astro's smart punctuation): "Jiaxing's" → "Jiaxing’s", "the "135N"
 * system" → "the “135N” system", "firms' revenue" → "firms’ revenue", "the '90s" → "the ’90s". A
 * mark opens where opensQuotation() says, and closes anywhere else; an apostrophe is a closing
 * single mark. A `code` run is left as it is. Applied where English text enters the site from the data,
 * the stories' frontmatter and the wording (localize(), englishStorySchema, parseEnglishWording()),
 * so pages, tables, downloads and the search index all print the same marks.
 */
export function curlyQuotes(text: string): string {
  // A `code` run (the wording's notes on embedding) keeps its marks: they are code.
  return text.replace(/`[^`]*`|["']/g, (mark, at: number) => {
    if (mark.startsWith('`')) return mark;
    const opens = opensQuotation(text[at - 1]) && !(mark === "'" && /^'\d\ds\b/.test(text.slice(at)));
    if (mark === '"') return opens ? '“' : '”';
    return opens ? '‘' : '’';
  });
}
