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
