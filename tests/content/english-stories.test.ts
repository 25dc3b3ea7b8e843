/**
 * The English stories in content/stories/en/, read from disk and held to the English edition's
 * rules, never to today's list (the build applies the same rules: src/lib/data/story-loader.ts;
 * english-mistakes.test.ts checks that it does).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { englishStorySchema } from '../../src/lib/data/english-story-schema';
import { storySlug } from '../../src/lib/data/story-loader';
import { CHINESE_STORIES, ENGLISH_STORIES, nameProblems, pairingProblems } from '../../src/lib/english-rules';
import { EN } from '../../src/lib/story-language';
import { splitStory, storyProblems } from '../../src/lib/story-rules';
import { ROOT } from '../helpers/project-copy';

const read = (folder: string) => readdirSync(join(ROOT, folder)).filter((name) => name.endsWith('.mdx') && !name.startsWith('_')).sort().map((name) => {
  const parts = splitStory(readFileSync(join(ROOT, folder, name), 'utf8'))!;
  const data = yaml.load(parts.frontmatter) as Record<string, unknown>;
  return { file: `${folder}/${name}`, slug: storySlug(name, data), draft: data.draft === true, data, ...parts };
});
const english = read(ENGLISH_STORIES);
const chinese = read(CHINESE_STORIES);

test('every English story tells a Chinese story of its slug', () => {
  expect(pairingProblems(english, chinese)).toEqual([]);
});

describe.each(english)('$file', (story) => {
  test('frontmatter passes the English story schema', () => {
    const parsed = englishStorySchema.safeParse(story.data);
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  });
  test('meets the editorial rules read in English, with Chinese only in marked names', () => {
    const data = englishStorySchema.parse(story.data);
    expect(storyProblems({ frontmatter: story.frontmatter, data, body: story.body }, { draft: data.draft, language: EN })).toEqual([]);
    if (!data.draft) expect(nameProblems({ frontmatter: story.frontmatter, body: story.body, data: story.data })).toEqual([]);
  });
});
