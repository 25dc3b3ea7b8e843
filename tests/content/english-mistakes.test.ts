/**
 * The English edition's rules stop `astro sync` (and so the build) with the file, the line and the
 * fix, like the Chinese ones (story-mistakes.test.ts): each case adds the story fixture and its
 * English story (tests/helpers/story-fixture.ts, never a real story) to a throw-away copy of the
 * project, breaks one thing, and runs the real command.
 */
import { afterAll, describe, test } from 'vitest';
import { addStoryFixture, checkSync, englishStoryFixture, storyFixture, type SyncCase } from '../helpers/story-fixture';
import type { ProjectCopy } from '../helpers/project-copy';
import { fileLine, splitStory } from '../../src/lib/story-rules';

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

const story = storyFixture();
const english = englishStoryFixture(story);
/** Another Chinese story with no English one yet. */
const waiting = storyFixture('fixture-story-waiting');
/** The file line of the first body line containing `text` in `file`'s text. */
const lineWith = (text: string, needle: string) => {
  const parts = splitStory(text)!;
  return fileLine(parts.frontmatter, parts.body.split('\n').findIndex((line) => line.includes(needle)) + 1);
};

const broken = english.text
  .replace('opens the test.', 'opens the test, as the chart below shows.')
  .replace('## Two\n\n', '## Two\n\nIn 嘉兴, <Term>computing power</Term> grows. ');

const cases: SyncCase[] = [
  {
    name: 'a published English story that meets the rules passes, and the Chinese collection does not take it',
    setup: (copy) => copy.write(english.file, english.text),
    code: 'passes',
    expected: [],
  },
  {
    name: 'Chinese stories without an English story build, and the log names them as waiting for their English',
    // A second one, as a maintainer's new story would be (and the checkout may hold its own): the line names each.
    setup: (copy) => addStoryFixture(copy, waiting),
    code: 'passes',
    expected: ['Chinese stories have no English story yet', story.file, waiting.file],
  },
  {
    name: 'an English story without a Chinese story, named with a hint',
    setup: (copy) => copy.write(`content/stories/en/${story.name}s.mdx`, english.text),
    code: 'fails',
    expected: [`content/stories/en/${story.name}s.mdx:`, `[pairing] no Chinese story has the slug "${story.name}s" (did you mean "${story.name}"?)`],
  },
  {
    name: 'Chinese outside a name marker, a term without an id and a lede pointing down, each with its line',
    setup: (copy) => copy.write(english.file, broken),
    code: 'fails',
    expected: [
      `${english.file}:`,
      `[names] line ${lineWith(broken, '嘉兴')}: "嘉兴" in Chinese characters outside a name marker`,
      `[terms] line ${lineWith(broken, '<Term>')}: <Term>computing power</Term> has no id`,
      `[figure] line ${lineWith(broken, '<Figure')}: the opening paragraph says "chart below"`,
    ],
  },
];

describe('astro sync checks the English stories', () => {
  test.concurrent.each(cases)('$name', async (mistake) => {
    await checkSync(story, mistake, copies);
  });
});
