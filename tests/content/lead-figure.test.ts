/**
 * The key graphic comes first: in every published story, the figure named as `leadFigure` is
 * the story's first <Figure>, placed no later than right after the opening paragraph, so the
 * first graphic is near the top on a phone. Stories without a leadFigure are not checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { storyRefs } from '../../src/lib/story-refs';

const dir = 'content/stories';
const stories = readdirSync(dir).filter((file) => file.endsWith('.mdx') && !file.startsWith('_')).map((file) => {
  const text = readFileSync(join(dir, file), 'utf8');
  const [, front = '', body = ''] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  return { file, lead: front.match(/^leadFigure:\s*(\S+)/m)?.[1], body };
}).filter((story) => story.lead);

test.each(stories.map((story) => [story.file, story] as const))('%s: its leadFigure is the first figure, at the latest after the opening paragraph', (_file, story) => {
  expect(storyRefs(story.body).figures[0]).toBe(story.lead);
  const blocks = story.body.split(/\n\s*\n/).map((block) => block.trim()).filter((block) => block && !block.startsWith('{/*'));
  const at = blocks.findIndex((block) => block.includes('<Figure'));
  const textBefore = blocks.slice(0, at).filter((block) => !block.startsWith('#'));
  expect(textBefore.length, `paragraphs before the lead figure: ${textBefore.map((b) => b.slice(0, 20)).join(' | ')}`).toBeLessThanOrEqual(1);
});
