/**
 * The published stories with what they refer to (figures in the body, frontmatter places), for
 * place pages and story endings. Reads Astro's content layer, so pages only (not unit tests).
 */
import { getCollection } from 'astro:content';
import type { StoryPlaces } from '.';
import { isPublished, newestFirst } from '../stories';
import { storyRefs } from '../story-refs';

export async function publishedStoryPlaces(): Promise<StoryPlaces[]> {
  const stories = newestFirst(await getCollection('stories', isPublished));
  return stories.map((story) => ({
    slug: story.id, title: story.data.title, figures: storyRefs(story.body ?? '').figures, places: story.data.places,
  }));
}
