/**
 * Line breaking for short display text (headings, card labels, captions): the text cut into
 * phrases that the page keeps on one line each (src/components/Phrases.astro wraps them in
 * nowrap spans), so a browser breaks a Chinese heading only between words, never "新版 / 图"
 * or "增 / 长". Works in every engine, with or without CSS `text-wrap: balance`.
 */
import { NO_LINE_END, NO_LINE_START } from './text';

/** Characters the last phrase holds at least, so no line ends a heading with one or two. */
export const MIN_LAST = 3;

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

const length = (text: string) => [...text].length;

/** Brackets this short or shorter ("（企业预计）", "（推断）") stay one phrase. */
export const MAX_BRACKET = 8;

/**
 * `text` as phrases that join back to it exactly: dictionary words (Intl.Segmenter), closing
 * punctuation on the word before it, opening punctuation on the word after it, a number with the
 * one-character unit after it ("2025年", "5个"), a short bracket whole ("（企业预计）"), spaces on
 * their own, and the tail joined into one phrase of at least MIN_LAST characters.
 */
export function phrases(text: string): string[] {
  const out: string[] = [];
  let glueNext = false;
  let bracket = -1;
  for (const { segment } of segmenter.segment(text)) {
    const last = out.length - 1;
    const space = /^\s+$/.test(segment);
    const unit = last >= 0 && /^[\d.,]+$/.test(out[last]!) && /^\p{Script=Han}$/u.test(segment);
    if (last >= 0 && !space && !/\s$/.test(out[last]!) && (glueNext || unit || NO_LINE_START.test(segment))) out[last] += segment;
    else out.push(segment);
    glueNext = !space && NO_LINE_END.test(segment);
    // A full-width bracket opened in one phrase and closed a few characters later: one phrase.
    if (segment.startsWith('（')) bracket = out.length - 1;
    if (bracket >= 0 && segment.includes('）')) {
      const whole = out.slice(bracket).join('');
      if (length(whole) <= MAX_BRACKET && !/\s/.test(whole)) out.splice(bracket, out.length - bracket, whole);
      bracket = -1;
    }
  }
  // The tail: merge phrases from the end until the last one is long enough (spaces stay breaks).
  while (out.length > 1 && length(out[out.length - 1]!.trim()) < MIN_LAST && !/\s/.test(out[out.length - 2]!)) {
    const tail = out.pop()!;
    out[out.length - 1] += tail;
  }
  return out;
}
