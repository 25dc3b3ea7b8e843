import type { APIContext } from 'astro';
import { storyFeed } from '../../lib/feed';

/** RSS feed of the English edition's published stories, newest first (src/lib/feed.ts). */
export const GET = (context: APIContext) => storyFeed('en', context.site, import.meta.env.BASE_URL);
