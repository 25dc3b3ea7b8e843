import { z } from 'astro/zod';
import { storySchema } from './schemas';
import { curlyQuotes } from '../i18n/punctuation';

/**
 * The most characters an English key point may have. The Chinese limit (60) counts Han
 * characters, each set about as wide as two Latin letters, so the same line on a phone's first
 * screen holds about twice as many English characters.
 */
export const MAX_KEY_POINT_EN = 110;

/**
 * An English story's frontmatter (content/stories/en/): the story schema, with key points
 * measured for Latin text, and the texts a reader sees set with typographic quotation marks
 * (curlyQuotes(), as the story's Markdown is). Which Chinese story it tells is its slug
 * (src/lib/english-rules.ts).
 */
export const englishStorySchema = storySchema.extend({
  title: storySchema.shape.title.transform(curlyQuotes),
  dek: storySchema.shape.dek.transform(curlyQuotes),
  summary: storySchema.shape.summary.transform(curlyQuotes),
  byline: storySchema.shape.byline.transform(curlyQuotes),
  /** The key points under the title: 2–5 short sentences. An inferred date carries the mark * after it. */
  keyPoints: z.array(z.string().trim().min(4, 'expected a short sentence').max(MAX_KEY_POINT_EN, `expected at most ${MAX_KEY_POINT_EN} characters: keep a key point short`).transform(curlyQuotes))
    .min(2, 'expected 2–5 key points').max(5, 'expected 2–5 key points'),
});
