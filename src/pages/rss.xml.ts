import type { APIContext } from 'astro';
import { storyFeed } from '../lib/feed';

/** RSS feed of the published stories, newest first (src/lib/feed.ts). */
export const GET = (context: APIContext) => storyFeed('zh', context.site, import.meta.env.BASE_URL);
