/**
 * Which pages the sitemap leaves out, decided from content alone (never from the built pages):
 * embed pages, the previews of scheduled stories and the old addresses of renamed stories (of
 * both editions), and the English edition's page not found (/en/404/; the Chinese 404.html is left
 * out by the sitemap itself). Used as the sitemap's filter in astro.config.mjs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { splitStory } from './story-rules';
import { storySlug } from './data/story-loader';
import { buildDate, scheduledOn, STORY_FOLDER } from './stories';
import { HTML_LANG, LANG_FOLDER, LANGS } from './i18n/lang';

/** The site paths (under the base) that are not for search engines, read from content/stories/. */
export function unlistedPaths(root = process.cwd(), today = buildDate()): Set<string> {
  const paths = new Set<string>([`${LANG_FOLDER.en}404/`]);
  for (const lang of LANGS) {
    const dir = join(root, STORY_FOLDER[lang]);
    if (existsSync(dir)) unlistedStories(dir, LANG_FOLDER[lang], today, paths);
  }
  return paths;
}

/** Adds the unlisted paths of one edition's stories (in `dir`, under the edition's `folder`) to `paths`. */
function unlistedStories(dir: string, folder: string, today: string, paths: Set<string>): void {
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
    if (data.published instanceof Date && scheduledOn(story, today)) paths.add(`${folder}stories/${storySlug(file, data)}/`);
    for (const old of Array.isArray(data.formerSlugs) ? data.formerSlugs : []) paths.add(`${folder}stories/${String(old)}/`);
  }
}

/** The sitemap's filter: false for embeds (of either edition) and for the unlisted paths of `unlistedPaths`. */
export function sitemapFilter(site: string, base: string, unlisted = unlistedPaths()): (url: string) => boolean {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site).pathname;
  return (url) => {
    const path = new URL(url).pathname;
    const rel = path.startsWith(root) ? path.slice(root.length) : path.replace(/^\//, '');
    const inEdition = rel.startsWith(LANG_FOLDER.en) ? rel.slice(LANG_FOLDER.en.length) : rel;
    return !inEdition.startsWith('embed/') && !unlisted.has(rel);
  };
}

/**
 * The sitemap's languages: each page listed with its counterpart in the other edition
 * (<xhtml:link rel="alternate" hreflang>), where both are built; Chinese at the root, English under /en/.
 */
export const SITEMAP_I18N = { defaultLocale: 'zh', locales: { ...HTML_LANG } };
