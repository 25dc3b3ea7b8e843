/**
 * Chinese words for the search index, cut as the reader's browser cuts the query. Pagefind 1.5
 * segments a Chinese query with the browser's Intl.Segmenter (ICU) but the indexed text with
 * jieba, and the two disagree: jieba keeps 海宁市 as one word, ICU cuts the query 海宁 into 海 and
 * 宁, and no word of the page starts with 宁, so a search for 海宁 found no page. The index is
 * therefore given the text already cut by the same segmenter (Node's Intl.Segmenter, ICU as in
 * the browser), words apart: jieba leaves such pieces whole, and a query's words are the text's.
 * The search page joins the words again where it shows a snippet (src/scripts/reader/search.js).
 */

/** Whether an edition's index language is written without spaces between words (Pagefind segments its queries). */
export const unspaced = (language: string): boolean => ['zh', 'ja', 'th'].includes(language.split('-')[0]!.toLowerCase());

/** Punctuation a line of Chinese text may end with. */
const ENDS = /[。！？：；，、…）」』”’.!?:;,)]$/u;

/**
 * `text` as an unspaced edition's index takes it: each line (a title, a standfirst, a paragraph:
 * search records join their parts by lines) ended as a sentence, so that a snippet that runs from
 * one into the next still reads ("目标。2022年" rather than "目标2022年"), then cut into words.
 */
export function indexedText(text: string, language: string): string {
  const lines = text.split('\n').map((line) => line.trim()).map((line) => (line === '' || ENDS.test(line) ? line : `${line}。`));
  return spacedWords(lines.join('\n'), language);
}

/** `text` with a space between every two words of `language`, as Intl.Segmenter cuts them (spaces already there kept once). */
export function spacedWords(text: string, language: string): string {
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  return [...segmenter.segment(text)].map((part) => part.segment).join(' ').replace(/[^\S\n]+/g, ' ').replace(/ *\n */g, '\n').trim();
}
