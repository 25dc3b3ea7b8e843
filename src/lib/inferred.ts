/**
 * The site's one marker for what we infer (a year the article does not print, worked out from
 * 去年, 截至2月底 or the rest of the page): `*` written straight after the inferred part, in data
 * labels ("2025年*"), source dates, story frontmatter and, as <Inferred />, in story prose.
 * Every output prints the same mark: HTML as a styled `*` whose accessible name is
 * WORDING.inferred.name (src/components/InferredText.astro), SVG, PNG, cards, tables and CSV as the
 * `*` itself, alt text and descriptions as spoken(), and each page explains it once
 * (src/components/InferredNote.astro) with a link to the note on dates on the about page.
 */
import { fill, wordingOf } from './wording';
import type { Lang } from './i18n/lang';
import { plainText } from './i18n/zh-marks';

/** The mark, as data and every plain-text output write it. */
export const MARK = '*';

/** Whether a text carries the mark. */
export const isMarked = (text: string): boolean => text.includes(MARK);

/** A text cut at its marks: plain runs and the marks between them, in order. */
export function markParts(text: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  text.split(MARK).forEach((run, index) => {
    if (index > 0) parts.push({ text: MARK, mark: true });
    if (run) parts.push({ text: run, mark: false });
  });
  return parts;
}

/**
 * A text as a screen reader or alt text should say it, and as places that cannot show the mark's
 * meaning print it (titles, meta descriptions, RSS): each mark becomes "（推断）", in English " (inferred)".
 */
export function spoken(text: string, lang: Lang = 'zh'): string {
  const words = wordingOf(lang);
  const [first = '', ...rest] = text.split(MARK);
  return rest.reduce((said, run) => fill(words.outputs.spokenMark, { text: said, name: words.inferred.name }) + run, first);
}

/**
 * spoken() as plain text: a `{zh:…}` mark of English text as its Chinese alone (titles,
 * descriptions, alt text, where no lang="zh-CN" span can be).
 */
export const spokenIn = (text: string, lang: Lang): string => plainText(spoken(text, lang));
