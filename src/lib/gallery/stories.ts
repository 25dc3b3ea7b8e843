/**
 * The published stories in reading order (the reading path, then the others newest first), as the
 * gallery and the figure pages read them (src/lib/gallery.ts), in an edition: the English edition
 * has the English stories (content/stories/en/, same slug) whose Chinese story is published, in
 * the Chinese order, with their English titles and bodies (where their <Figure>s are). Reads
 * Astro's content layer, so pages only (not unit tests).
 */
import { getCollection } from 'astro:content';
import type { UsingStory } from '.';
import type { Lang } from '../i18n/lang';
import { readingOrder } from '../reading-path';
import { isPublished } from '../stories';

export async function publishedStoriesInOrder(lang: Lang = 'zh'): Promise<UsingStory[]> {
  const { path, rest } = readingOrder(await getCollection('stories'));
  const ordered = [...path, ...rest];
  if (lang === 'zh') return ordered.map((story) => ({ id: story.id, title: story.data.title, body: story.body ?? '' }));
  const english = new Map((await getCollection('storiesEn', isPublished)).map((story) => [story.id, story]));
  return ordered.flatMap((story) => {
    const told = english.get(story.id);
    return told ? [{ id: told.id, title: told.data.title, body: told.body ?? '' }] : [];
  });
}
