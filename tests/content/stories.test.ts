/**
 * The stories in content/stories/, read from disk and held to rules, never to today's list:
 * adding a story that meets the editorial rules keeps these tests green. (The build applies the
 * same rules, src/lib/story-rules.ts; tests/content/story-mistakes.test.ts checks that it does.)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { storySchema } from '../../src/lib/data/schemas';
import { siteDataFromFiles } from '../helpers/site-data';
import { storyRefs } from '../../src/lib/story-refs';
import { storyProblems } from '../../src/lib/story-rules';
import { ROOT } from '../helpers/project-copy';
import { readStories, readStory } from '../helpers/stories';

const DIR = join(ROOT, 'content/stories');

const stories = readStories();
const data = siteDataFromFiles();

test('there is at least one story, and the template is there to copy', () => {
  expect(stories.length).toBeGreaterThan(0);
  expect(readdirSync(DIR)).toContain('_template.mdx');
});

describe.each(stories)('$file', (story) => {
  test('frontmatter passes the story schema', () => {
    const parsed = storySchema.safeParse(story.frontmatter);
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  });

  test('meets the editorial rules (published stories) or is at least dated correctly (drafts)', () => {
    const parsed = storySchema.parse(story.frontmatter);
    expect(storyProblems({ frontmatter: story.raw, data: parsed, body: story.body }, { draft: parsed.draft })).toEqual([]);
  });

  test('every figure it places exists', () => {
    for (const id of storyRefs(story.body).figures) expect(data.figures.has(id), `<Figure id="${id}">`).toBe(true);
  });
});

test('no two stories share a slug', () => {
  const slugs = stories.map((story) => story.slug);
  expect(new Set(slugs).size).toBe(slugs.length);
});

test('every figure that names a published story is used by that story (the build\'s rule: unplacedFigureProblems; drafts aside)', () => {
  const used = new Map(stories.map((story) => [story.slug, new Set(storyRefs(story.body).figures)]));
  const drafts = new Set(stories.filter((story) => story.frontmatter.draft === true).map((story) => story.slug));
  for (const figure of data.figures.values()) {
    if (figure.story === undefined || figure.draft || drafts.has(figure.story)) continue;
    expect(used.has(figure.story), `figure "${figure.id}": story "${figure.story}" is not a story slug`).toBe(true);
    expect(used.get(figure.story)?.has(figure.id), `figure "${figure.id}" is not used by story "${figure.story}"`).toBe(true);
  }
});

describe('the template (_template.mdx)', () => {
  const template = readStory('_template.mdx');
  test('is a valid draft that shows every story component with real ids', () => {
    const parsed = storySchema.safeParse(template.frontmatter);
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
    expect(template.frontmatter.draft).toBe(true);
    const refs = storyRefs(template.body);
    expect(refs.figures.length).toBeGreaterThan(0);
    expect(refs.figures.every((id) => data.figures.has(id))).toBe(true);
    expect(refs.sourceMarks.every((id) => (template.frontmatter.sources as string[]).includes(id))).toBe(true);
    const plan = /<ClusterRoster plan="([^"]+)" \/>/.exec(template.body)?.[1];
    expect(plan && data.plans.has(plan)).toBe(true);
  });
});
