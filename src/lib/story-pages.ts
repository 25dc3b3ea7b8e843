/**
 * The stories of each edition as pages: which exist (getStaticPaths of /stories/<slug>/ and
 * /en/stories/<slug>/), and whether a story has a page in the other edition (the language switch
 * and hreflang). Reads Astro's content layer, so pages only (not unit tests).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from './i18n/lang';
import { getSiteData } from './site-data';
import { checkStoryRefs } from './story-refs';
import { formerAddresses, hasPage, STORY_COLLECTION, STORY_FOLDER, type Dated } from './stories';
import { readPath } from './reading-path';

/** A story of either edition. */
export type StoryEntry = CollectionEntry<'stories'> | CollectionEntry<'storiesEn'>;

/** An edition's stories, those passing `filter` (e.g. isPublished) or all. */
export async function storiesOf(lang: Lang, filter?: (story: Dated) => boolean): Promise<StoryEntry[]> {
  const all: StoryEntry[] = await getCollection(STORY_COLLECTION[lang]);
  return filter ? all.filter(filter) : all;
}

/**
 * The story pages of an edition: every story but drafts (a scheduled story's is a preview,
 * src/lib/stories.ts), and one at each old address of a renamed story (`formerSlugs`) that leads to it.
 */
export async function storyPaths(lang: Lang) {
  const data = await getSiteData(lang);
  const stories = await storiesOf(lang, hasPage);
  const figureIds = new Set(data.figures.keys());
  for (const story of stories) {
    checkStoryRefs(story.filePath ?? `${STORY_FOLDER[lang]}/${story.id}.mdx`, story.body ?? '', figureIds, story.data.sources);
  }
  const bySlug = new Map(stories.map((story) => [story.id, story]));
  return [
    ...stories.map((story) => ({ params: { slug: story.id }, props: { story, moved: false } })),
    ...formerAddresses(stories).map(({ from, to }) => ({ params: { slug: from }, props: { story: bySlug.get(to)!, moved: true } })),
  ];
}

/** Whether the story `slug` has a page in edition `lang` (not a draft there). */
export async function hasStoryPage(slug: string, lang: Lang): Promise<boolean> {
  return (await storiesOf(lang, hasPage)).some((story) => story.id === slug);
}

/**
 * The reading path (content/reading-path.yaml) of an edition: the Chinese as written (a slug that
 * names no story is an error there), the English without the stories not yet written in English.
 */
export function readingPathOf(lang: Lang, stories: readonly { id: string }[]): string[] {
  const path = readPath();
  return lang === 'zh' ? path : path.filter((slug) => stories.some((story) => story.id === slug));
}
