/**
 * What the editorial rules (src/lib/story-rules.ts) read differently in each edition's stories:
 * how length is counted, the words that point at a figure that is not there on a phone, the word
 * for "inferred", the sources heading the page makes itself, and how a glossary term is marked.
 * One profile per language; the Chinese one is the rules as they were written for the Chinese site.
 * Pure data and small functions: no Astro, no file system.
 */
import { hanCount } from './han';

export interface StoryLanguage {
  /** BCP 47 code of the edition. */
  code: 'zh' | 'en';
  /** A story's minimum length: how its reader text is counted, the minimum, and the unit's name. */
  length: { count: (text: string) => number; min: number; unit: string; hint: string };
  /** Subheading texts the page makes itself (its sources list): a story must not write them. */
  sourcesHeadings: readonly string[];
  /** Words in the lede that point down the page to a figure the page shows above it. */
  pointsDown: RegExp;
  /** How to refer to the lead figure instead. */
  pointsDownFix: string;
  /** Words that place a figure left or right of another (on a phone figures stack). */
  sides: RegExp;
  /** How to refer to a figure instead. */
  sidesFix: string;
  /** The word "inferred" in the language: counted with the marks, never in title, dek or key points. */
  inferredWord: RegExp;
  /** That word, as the messages print it. */
  inferredName: string;
  /** An inferred year in the frontmatter, for the messages: "2025年*" / "2025*". */
  markedExample: string;
  /** Referring back to an inferred date instead of marking it again, for the message. */
  referBack: string;
  /** A tag, for the message when there is none. */
  tagExample: string;
  /**
   * How a <Term> names its glossary entry: by its text (a `term` or alias of the Chinese glossary),
   * or by an `id` attribute (the text is then the reader's language).
   */
  terms: 'text' | 'id';
  /** Whether the claims of content/data/claims.yaml (written in Chinese) are looked for in the text. */
  claims: boolean;
}

/** Words, as an English reader counts them: runs of letters or digits (with inner ' or -, and a number's . or ,). */
export const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+|[.,]\p{N}+)*/gu) ?? []).length;

export const ZH: StoryLanguage = {
  code: 'zh',
  length: { count: hanCount, min: 1000, unit: 'Han characters', hint: 'figures and comments do not count' },
  sourcesHeadings: ['来源'],
  pointsDown: /下图|下(?:面|方)的?(?:地图|图表|图)|如下图/g,
  pointsDownFix: 'write 上图, or name the figure',
  sides: /[左右](?:图|侧|边|幅)/g,
  sidesFix: 'name the figure or write 上图/下图',
  inferredWord: /推断/g,
  inferredName: '推断',
  markedExample: '"2025年*"',
  referBack: '("上半年", "同一时期")',
  tagExample: 'tags: [算力]',
  terms: 'text',
  claims: true,
};

export const EN: StoryLanguage = {
  code: 'en',
  length: { count: wordCount, min: 600, unit: 'words', hint: 'figures and comments do not count' },
  sourcesHeadings: ['Sources', 'Source'],
  pointsDown: /\b(?:(?:map|chart|figure|graphic|table)s? below|below,? (?:the|a|this) (?:map|chart|figure|graphic)|(?:map|chart|figure|graphic) (?:that )?follows)\b/gi,
  pointsDownFix: 'write "the chart above" or "the map above", or name the figure',
  sides: /\b(?:(?:on|at|in) the (?:left|right)(?:-hand side)?|(?:left|right)(?:-hand)? (?:map|chart|figure|panel|graphic)s?)\b/gi,
  sidesFix: 'name the figure, or write "above"/"below"',
  inferredWord: /\binferred\b/gi,
  inferredName: '"inferred"',
  markedExample: '"2025*"',
  referBack: '("the first half", "that year")',
  tagExample: 'tags: [computing power]',
  terms: 'id',
  claims: false,
};
