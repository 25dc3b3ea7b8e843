/**
 * The published stories in reading order (the reading path, then the others newest first), as the
 * gallery and the figure pages read them (src/lib/gallery.ts). Reads Astro's content layer, so
 * pages only (not unit tests).
 */
import { getCollection } from 'astro:content';
import type { UsingStory } from '.';
import { readingOrder } from '../reading-path';

export async function publishedStoriesInOrder(): Promise<UsingStory[]> {
  const { path, rest } = readingOrder(await getCollection('stories'));
  return [...path, ...rest].map((story) => ({ id: story.id, title: story.data.title, body: story.body ?? '' }));
}
