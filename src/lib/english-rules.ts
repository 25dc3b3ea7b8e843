/**
 * The rules the English edition's stories (content/stories/en/) meet on top of the editorial
 * rules (src/lib/story-rules.ts, read with the English profile of src/lib/story-language.ts):
 * - `names`: Han characters stand only inside the name marker, <Zh>平湖</Zh>, which the page
 *   renders with lang="zh-CN" (src/components/story/Zh.astro); the frontmatter (title, dek, key
 *   points, summary, tags, byline) carries none at all, since it has no marker;
 * - `pairing`: every English story has a Chinese story with its slug. A Chinese story may wait
 *   for its English one (the build lists those: untranslatedStories), so that adding a story to
 *   the Chinese edition never needs the English edition to be written first.
 * Pure functions over a story's text: no Astro, no file system.
 */
import { HAN } from './han';
import { fileLine, type StoryProblem } from './story-rules';
import { lineOf, readerText, storyTree, type StoryNode } from './story-tree';
import { didYouMean } from './suggest';

/** The component that marks a Chinese name in English text. */
export const NAME_MARKER = 'Zh';
/** The language a marked name carries, as the Chinese pages' <html lang>. */
export const ZH_LANG = 'zh-CN';
/** Where the English stories live, and the folder of the Chinese ones they pair with. */
export const ENGLISH_STORIES = 'content/stories/en';
export const CHINESE_STORIES = 'content/stories';

/** The frontmatter fields a reader sees as text: none may carry Han characters. */
const TEXT_FIELDS = ['title', 'dek', 'summary', 'byline'] as const;
const LIST_FIELDS = ['keyPoints', 'tags'] as const;

const hanRuns = (text: string): string[] => text.match(new RegExp(`${HAN.source}+`, 'gu')) ?? [];
const isElement = (node: StoryNode): node is Extract<StoryNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }> =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The text nodes of a body outside <Zh>…</Zh> (comments, expressions and tags are not text). */
function unmarkedText(node: StoryNode, found: StoryNode[] = []): StoryNode[] {
  if (isElement(node) && node.name === NAME_MARKER) return found;
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') found.push(node);
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as StoryNode[]) unmarkedText(child, found);
  return found;
}

/**
 * Han characters an English story shows outside the name marker: in its body (each with the
 * file's line) and in its frontmatter (each with the field). A <Zh> that holds no Han character
 * is a mistake too (it would tell a screen reader to read English as Chinese).
 */
export function nameProblems(story: { frontmatter: string; body: string; data: Record<string, unknown> }): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const add = (message: string) => problems.push({ rule: 'names', message });
  for (const field of TEXT_FIELDS) {
    const value = story.data[field];
    const runs = typeof value === 'string' ? hanRuns(value) : [];
    if (runs.length > 0) add(`${field}: "${runs.join('", "')}" in Chinese characters; the frontmatter has no name marker, so write names in pinyin only (Pinghu, not 平湖)`);
  }
  for (const field of LIST_FIELDS) {
    const values = Array.isArray(story.data[field]) ? (story.data[field] as unknown[]) : [];
    values.forEach((value, index) => {
      const runs = typeof value === 'string' ? hanRuns(value) : [];
      if (runs.length > 0) add(`${field}.${index}: "${runs.join('", "')}" in Chinese characters; the frontmatter has no name marker, so write names in pinyin only (Pinghu, not 平湖)`);
    });
  }
  const tree = storyTree(story.body);
  if (tree.error) return problems;
  const line = (node: StoryNode) => `line ${fileLine(story.frontmatter, lineOf(node))}`;
  for (const node of unmarkedText(tree.root)) {
    const runs = hanRuns(readerText(node));
    if (runs.length > 0) {
      add(`${line(node)}: "${runs.join('", "')}" in Chinese characters outside a name marker; English text carries Chinese only as a marked name after its pinyin, at its first mention: Pinghu (<${NAME_MARKER}>平湖</${NAME_MARKER}>)`);
    }
  }
  const walkMarkers = (node: StoryNode): void => {
    if (isElement(node) && node.name === NAME_MARKER && hanRuns(readerText(node)).length === 0) {
      add(`${line(node)}: <${NAME_MARKER}>${readerText(node)}</${NAME_MARKER}> holds no Chinese characters; the marker is for a name in Chinese (it tells screen readers to read it as Chinese): remove it`);
    }
    if ('children' in node && Array.isArray(node.children)) (node.children as StoryNode[]).forEach(walkMarkers);
  };
  walkMarkers(tree.root);
  return problems;
}

/** A story file and its slug, for the pairing rule. */
export interface PairedStory {
  file: string;
  slug: string;
  draft: boolean;
}

/**
 * The English and Chinese editions pair by slug: an English story with no Chinese story of its
 * slug is reported under its file (with a "did you mean").
 */
export function pairingProblems(english: readonly PairedStory[], chinese: readonly PairedStory[]): [file: string, problems: StoryProblem[]][] {
  const chineseSlugs = new Set(chinese.map((story) => story.slug));
  return english.filter((story) => !chineseSlugs.has(story.slug)).map((story) => [story.file, [{
    rule: 'pairing',
    message: `no Chinese story has the slug "${story.slug}"${didYouMean(story.slug, chineseSlugs)}; an English story takes the slug of the Chinese story it tells (its file name in ${CHINESE_STORIES}/, or its "slug:"): rename this file, or set "slug:"`,
  }]]);
}

/** The Chinese stories (drafts aside) that have no English story yet: the build names them, and the English edition leaves them out. */
export function untranslatedStories(english: readonly PairedStory[], chinese: readonly PairedStory[]): string[] {
  const englishSlugs = new Set(english.map((story) => story.slug));
  return chinese.filter((story) => !story.draft && !englishSlugs.has(story.slug)).map((story) => story.file).sort();
}
