/**
 * The stories of the checkout, read from disk for tests: every story file (`readStories`), one by
 * file name (`readStory`). A test that breaks or adds a story writes its own
 * (tests/helpers/story-fixture.ts), never a copy of a real one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { storySlug } from '../../src/lib/data/story-loader';
import { storySchema } from '../../src/lib/data/schemas';
import { splitStory } from '../../src/lib/story-rules';
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

/** `text` with the frontmatter line `key: value` set (replaced, or added first). */
export function withFrontmatter(text: string, key: string, value: string): string {
  const line = new RegExp(`^${key}:.*$`, 'm');
  const parts = splitStory(text);
  if (!parts) throw new Error('test setup: the story has no frontmatter');
  const frontmatter = line.test(parts.frontmatter) ? parts.frontmatter.replace(line, `${key}: ${value}`) : `${key}: ${value}\n${parts.frontmatter}`;
  return `---\n${frontmatter}\n---\n${parts.body}`;
}
