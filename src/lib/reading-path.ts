/**
 * The reading path (content/reading-path.yaml): the order the home page offers the stories in
 * (从这里开始), and the "next story" at the end of each. Related stories are those that share the
 * most tags and sources with a story.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { DataFileError, loadYaml } from './data/files';
import { didYouMean } from './suggest';
import { buildDate, publishedOn } from './stories';

export const READING_PATH_FILE = 'content/reading-path.yaml';

const pathSchema = z.object({ start: z.array(z.string().min(1)).min(1, 'expected at least one story slug') }).strict();

/** Parses the reading path file's text: its list of story slugs. */
export function parseReadingPath(source: string, file = READING_PATH_FILE): string[] {
  const data = loadYaml(file, source);
  const parsed = pathSchema.safeParse(data);
  if (!parsed.success) {
    throw new DataFileError(`${file}: expected "start:" with a list of story slugs:\n${parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(top level)'}: ${issue.message}`).join('\n')}`);
  }
  return parsed.data.start;
}

/** The fields of a story the path reads. */
export interface PathStory {
  id: string;
  data: { draft?: boolean; published: Date; title: string; tags: string[]; sources: string[]; formerSlugs?: string[] };
}

/**
 * The stories in reading order: the path's published stories, then every other published story
 * newest first (published on `today`: drafts and scheduled stories are left out). A slug in the
 * path that names no story (draft, scheduled or not) is an error naming it.
 */
export function readingOrder<T extends PathStory>(all: T[], path: string[] = readPath(), today = buildDate()): { path: T[]; rest: T[] } {
  const unknown = path.filter((slug) => !all.some((story) => story.id === slug));
  if (unknown.length > 0) {
    const known = all.map((story) => story.id);
    const hint = (slug: string) => {
      const renamed = all.find((story) => story.data.formerSlugs?.includes(slug));
      return renamed ? ` (the story was renamed: write "${renamed.id}")` : didYouMean(slug, known);
    };
    throw new DataFileError(`${READING_PATH_FILE}: ${unknown.map((slug) => `"${slug}" names no story in content/stories/${hint(slug)}`).join('; ')}; expected slugs such as: ${known.join(', ')}`);
  }
  const published = all.filter((story) => publishedOn(story, today));
  const onPath = path.map((slug) => published.find((story) => story.id === slug)).filter((story): story is T => story !== undefined);
  const rest = published.filter((story) => !path.includes(story.id))
    .sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.data.title.localeCompare(b.data.title, 'zh-CN'));
  return { path: onPath, rest };
}

/** What a reader goes on to from `slug`: the next story of the path (after the last one, or off the path, the first), and up to three related stories. */
export function storyEnd<T extends PathStory>(slug: string, all: T[], path?: string[], today?: string): { next?: T; related: T[] } {
  const order = readingOrder(all, path, today);
  const at = order.path.findIndex((story) => story.id === slug);
  const candidates = at === -1 ? order.path : [...order.path.slice(at + 1), ...order.path.slice(0, at)];
  const next = candidates.find((story) => story.id !== slug) ?? order.rest.find((story) => story.id !== slug);
  const self = all.find((story) => story.id === slug);
  const shared = (story: T) => !self ? 0
    : story.data.tags.filter((tag) => self.data.tags.includes(tag)).length * 2 + story.data.sources.filter((id) => self.data.sources.includes(id)).length;
  const related = [...order.path, ...order.rest]
    .filter((story) => story.id !== slug && story.id !== next?.id)
    .map((story, index) => ({ story, score: shared(story), index }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, 3)
    .map(({ story }) => story);
  return { next, related };
}

/** The project's reading path, read from its file (small: read each time, so the dev server sees an edit). */
export function readPath(root = process.cwd()): string[] {
  return parseReadingPath(readFileSync(resolve(root, READING_PATH_FILE), 'utf8'));
}
