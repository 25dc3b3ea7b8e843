import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { isPublished, newestFirst } from '../lib/stories';
import { storyUrl } from '../lib/urls';
import { SITE_NAME, requireSite } from '../lib/site';
import { WORDING } from '../lib/wording';
import { spoken } from '../lib/inferred';

/** RSS feed of the published stories, newest first. */
export async function GET(context: APIContext) {
  const stories = newestFirst(await getCollection('stories', isPublished));
  return rss({
    title: SITE_NAME,
    description: WORDING.site.feedDescription,
    site: new URL(import.meta.env.BASE_URL, requireSite(context.site)).href,
    customData: '<language>zh-CN</language>',
    items: stories.map((story) => ({
      // A feed reader shows no note on the mark: an inferred date says （推断） in words.
      title: spoken(story.data.title),
      description: spoken(story.data.summary),
      pubDate: story.data.published,
      link: storyUrl(story.id, import.meta.env.BASE_URL),
      author: story.data.byline,
    })),
  });
}
