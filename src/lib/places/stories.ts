/**
 * The published stories of an edition with what they refer to (figures in the body, frontmatter
 * places), for place pages and story endings. Reads Astro's content layer, so pages only (not unit tests).
 */
import { placeList, type StoryPlaces } from '.';
import { getSiteData } from '../site-data';
import type { Lang } from '../i18n/lang';
import { isPublished, newestFirst } from '../stories';
import { storiesOf } from '../story-pages';
import { storyRefs } from '../story-refs';

export async function publishedStoryPlaces(lang: Lang = 'zh'): Promise<StoryPlaces[]> {
  const stories = newestFirst(await storiesOf(lang, isPublished));
  return stories.map((story) => ({
    slug: story.id, title: story.data.title, figures: storyRefs(story.body ?? '').figures, places: story.data.places,
  }));
}

/** The place pages of an edition (getStaticPaths of /places/<slug>/ and /en/places/<slug>/): one per county and zone, the same slugs in both. */
export async function placePaths(lang: Lang) {
  return placeList(await getSiteData(lang)).map((place) => ({ params: { slug: place.slug }, props: { id: place.id } }));
}
