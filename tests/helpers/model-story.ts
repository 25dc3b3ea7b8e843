/**
 * A published story of the checkout for tests to copy and break, chosen by what it has, not by
 * its name, so the tests hold whatever stories today's content has: the first story whose file
 * name starts with a letter (a capitalised copy must then differ only in case), with what the
 * tests need to know about it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { siteDataFromFiles } from '../../src/lib/data/from-files';
import { placeList, storyPlaces, type Place } from '../../src/lib/places';
import { storyRefs } from '../../src/lib/story-refs';
import { splitStory } from '../../src/lib/story-rules';
import { ROOT } from './project-copy';

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
  /** A county the story does not cover yet (neither its figures nor its frontmatter). */
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
  const dir = join(ROOT, 'content/stories');
  const published = readdirSync(dir).filter((name) => /^[^_].*\.mdx$/.test(name)).sort().map((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const parts = splitStory(text);
    const data = (parts ? yaml.load(parts.frontmatter) : {}) as Record<string, unknown>;
    return { name: name.replace(/\.mdx$/, ''), text, parts, data };
  }).filter((story) => story.parts && story.data.draft !== true);
  const model = published.find((story) => /^[a-z]/.test(story.name));
  const other = published.find((story) => story !== model);
  if (!model || !other) throw new Error('test setup: needs two published stories, one whose file name starts with a letter');
  const slug = (story: typeof model) => (typeof story.data.slug === 'string' ? story.data.slug : story.name.toLowerCase());
  const figures = storyRefs(model.parts!.body).figures;
  const data = siteDataFromFiles();
  const places = Array.isArray(model.data.places) ? model.data.places.map(String) : [];
  const covered = new Set(storyPlaces({ slug: slug(model), title: '', figures, places }, data).map((place) => place.id));
  const uncoveredCounty = placeList(data).find((place) => place.kind === 'county' && !covered.has(place.id));
  if (!uncoveredCounty) throw new Error(`test setup: content/stories/${model.name}.mdx covers every county`);
  return {
    file: `content/stories/${model.name}.mdx`,
    name: model.name,
    slug: slug(model),
    text: model.text,
    figures,
    sources: Array.isArray(model.data.sources) ? model.data.sources.map(String) : [],
    places,
    otherFile: `content/stories/${other.name}.mdx`,
    otherSlug: slug(other),
    uncoveredCounty,
  };
}
