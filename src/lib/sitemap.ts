/**
 * Which pages the sitemap leaves out, decided from content alone (never from the built pages):
 * embed pages, the previews of scheduled stories and the old addresses of renamed stories. Used
 * as the sitemap's filter in astro.config.mjs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { splitStory } from './story-rules';
import { storySlug } from './data/story-loader';
import { buildDate, scheduledOn } from './stories';

/** The site paths (under the base) that are not for search engines, read from content/stories/. */
export function unlistedPaths(root = process.cwd(), today = buildDate()): Set<string> {
  const dir = join(root, 'content/stories');
  const paths = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))) {
    const parts = splitStory(readFileSync(join(dir, file), 'utf8'));
    // A file the story loader refuses stops the build there, with its own message.
    let data: Record<string, unknown> = {};
    try {
      data = (parts ? yaml.load(parts.frontmatter) : {}) as Record<string, unknown> ?? {};
    } catch {
      continue;
    }
    const story = { data: { draft: data.draft === true, published: data.published as Date } };
    if (data.published instanceof Date && scheduledOn(story, today)) paths.add(`stories/${storySlug(file, data)}/`);
    for (const old of Array.isArray(data.formerSlugs) ? data.formerSlugs : []) paths.add(`stories/${String(old)}/`);
  }
  return paths;
}

/** The sitemap's filter: false for embeds and for the unlisted paths of `unlistedPaths`. */
export function sitemapFilter(site: string, base: string, unlisted = unlistedPaths()): (url: string) => boolean {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site).pathname;
  return (url) => {
    const path = new URL(url).pathname;
    const rel = path.startsWith(root) ? path.slice(root.length) : path.replace(/^\//, '');
    return !rel.startsWith('embed/') && !unlisted.has(rel);
  };
}
