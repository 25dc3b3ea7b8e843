/**
 * The stories of the checkout, read from disk for tests: every story file (`readStories`), and a
 * published one for tests to copy and break (`modelStory`), chosen by what it has, not by its
 * name, so those tests hold whatever stories today's content has: the first story whose file name
 * starts with a letter (a capitalised copy must then differ only in case).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { siteDataFromFiles } from './site-data';
import { storySlug } from '../../src/lib/data/story-loader';
import { storySchema } from '../../src/lib/data/schemas';
import { placeList, type Place } from '../../src/lib/places';
import { storyPlaces } from '../../src/lib/places/coverage';
import { storyRefs } from '../../src/lib/story-refs';
import { splitStory } from '../../src/lib/story-rules';
import { buildDate, publishedOn } from '../../src/lib/stories';
import { ROOT } from './project-copy';

const DIR = join(ROOT, 'content/stories');

/** A story file as it is on disk. */
export interface StoryFile {
  /** File name without .mdx: "compute". */
  name: string;
  /** "content/stories/compute.mdx". */
  file: string;
  slug: string;
  /** The whole file. */
  text: string;
  /** The frontmatter as written, and as YAML reads it. */
  raw: string;
  frontmatter: Record<string, unknown>;
  body: string;
  /**
   * What decides whether it is published, read as the build reads it (storySchema: `published:
   * 2026-11-16` and `published: '2026-11-16'` are the same day): `data` for publishedOn().
   */
  data: { draft: boolean; published: Date };
}

/** One story file by file name, e.g. "_template.mdx". */
export function readStory(name: string): StoryFile {
  const file = `content/stories/${name}`;
  const text = readFileSync(join(DIR, name), 'utf8');
  const parts = splitStory(text);
  if (!parts) throw new Error(`${file}: no YAML frontmatter between --- lines`);
  const frontmatter = yaml.load(parts.frontmatter) as Record<string, unknown>;
  const published = storySchema.shape.published.safeParse(frontmatter.published);
  if (!published.success) throw new Error(`${file}: published: expected a date, YYYY-MM-DD (the build says so too)`);
  const data = { draft: frontmatter.draft === true, published: published.data };
  return { name: name.replace(/\.mdx$/, ''), file, slug: storySlug(name, frontmatter), text, raw: parts.frontmatter, frontmatter, body: parts.body, data };
}

/** Every story file but the template ("_…"), by file name. */
export function readStories(): StoryFile[] {
  return readdirSync(DIR).filter((name) => name.endsWith('.mdx') && !name.startsWith('_')).sort().map(readStory);
}

export interface ModelStory {
  /** "content/stories/compute.mdx". */
  file: string;
  /** File name without .mdx: "compute". */
  name: string;
  slug: string;
  text: string;
  /** The ids of its <Figure>s, in order. */
  figures: string[];
  /** Its frontmatter `sources` and `places`. */
  sources: string[];
  places: string[];
  /** Another published story's file and slug (for a slug clash). */
  otherFile: string;
  otherSlug: string;
  /** A place (a county where one is left) the story does not cover yet (neither its figures nor its frontmatter). */
  uncoveredCounty: Place;
}

/** `text` with the frontmatter line `key: value` set (replaced, or added first). */
export function withFrontmatter(text: string, key: string, value: string): string {
  const line = new RegExp(`^${key}:.*$`, 'm');
  const parts = splitStory(text);
  if (!parts) throw new Error('test setup: the story has no frontmatter');
  const frontmatter = line.test(parts.frontmatter) ? parts.frontmatter.replace(line, `${key}: ${value}`) : `${key}: ${value}\n${parts.frontmatter}`;
  return `---\n${frontmatter}\n---\n${parts.body}`;
}

export function modelStory(): ModelStory {
  const today = buildDate();
  const published = readStories().filter((story) => publishedOn(story, today));
  const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  const data = siteDataFromFiles();
  /** A place (county first, else zone) a story does not cover yet; undefined when it covers them all. */
  const uncovered = (story: StoryFile) => {
    const covered = new Set(storyPlaces({ slug: story.slug, title: '', figures: storyRefs(story.body).figures, places: strings(story.frontmatter.places) }, data).map((place) => place.id));
    const open = placeList(data).filter((place) => !covered.has(place.id));
    return open.find((place) => place.kind === 'county') ?? open[0];
  };
  // Any story will do, whatever its name or how many places it covers: the first that leaves a place to add.
  const candidates = published.filter((story) => /^[a-z]/.test(story.name));
  const model = candidates.find((story) => uncovered(story)) ?? candidates[0];
  const other = published.find((story) => story !== model);
  if (!model || !other) throw new Error('test setup: needs two published stories, one whose file name starts with a letter');
  const figures = storyRefs(model.body).figures;
  const places = strings(model.frontmatter.places);
  const uncoveredCounty = uncovered(model);
  if (!uncoveredCounty) throw new Error('test setup: every published story already covers every county and zone; no place is left to add to one');
  return {
    file: model.file,
    name: model.name,
    slug: model.slug,
    text: model.text,
    figures,
    sources: strings(model.frontmatter.sources),
    places,
    otherFile: other.file,
    otherSlug: other.slug,
    uncoveredCounty,
  };
}
