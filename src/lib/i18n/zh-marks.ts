/**
 * Chinese inside English text. English text (a record's `en:` block, content/wording.en.yaml)
 * holds no Chinese character except inside a mark, `{zh:平湖市}`, so that a page can give it its
 * own `lang` and a check can tell a deliberate Chinese name from text left untranslated:
 *
 *   intro: Pinghu ({zh:平湖市}) is a county-level city…
 *
 * In plain text (CSV, SVG, a page title) a mark is its text alone: "Pinghu (平湖市) is…".
 */

/** A mark: `{zh:` then the Chinese text (no braces), then `}`. */
const MARK = /\{zh:([^{}]+)\}/g;

/** Chinese characters, and the Chinese (full-width) punctuation that never belongs in English. */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+/gu;

/** The runs of Chinese characters and punctuation that stand outside any `{zh:…}` mark ("" when none). */
export function chineseOutsideMarks(text: string): string[] {
  return text.replace(MARK, ' ').match(CHINESE) ?? [];
}

/** The text with each mark replaced by its Chinese: for plain-text outputs. */
export function plainText(text: string): string {
  return text.replace(MARK, (_, chinese: string) => chinese);
}

/** One run of text and its language: what a page wraps in `<span lang="zh-CN">` when `lang` is 'zh'. */
export interface TextRun {
  text: string;
  lang: 'en' | 'zh';
}

/** The text cut into runs of English and marked Chinese, in order, without empty runs. */
export function textRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(MARK)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), lang: 'en' });
    runs.push({ text: match[1]!, lang: 'zh' });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), lang: 'en' });
  return runs;
}
