/**
 * The mistakes an editor makes with a story must stop `astro sync` (and so the build) with a
 * message naming the file, the rule and what to do; a draft must be announced, not silently
 * skipped. Each case adds a story of the test's own (tests/helpers/story-fixture.ts: valid as
 * written, never a copy of a real story) to a throw-away copy of the project, breaks it, and runs
 * the real command, so the cases hold whatever stories exist.
 */
import yaml from 'js-yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { readStories, withFrontmatter } from '../helpers/stories';
import { checkSync, storyFixture, type SyncCase } from '../helpers/story-fixture';
import type { ProjectCopy } from '../helpers/project-copy';
import { splitStory } from '../../src/lib/story-rules';

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

const story = storyFixture();
const { figure: open, source: uncited } = story;
/** A figure id one letter off a real one: the message should suggest the real one. */
const typo = `${open}s`;
const capitalised = `content/stories/${story.name[0]!.toUpperCase()}${story.name.slice(1)}.mdx`;
const title = String((yaml.load(splitStory(story.text)!.frontmatter) as { title: string }).title);

/** The story with its `dek:` line indented under the line before it (not valid YAML), and where js-yaml stops, as file:line:column: reason. */
const [brokenYaml, yamlMistake] = ((): [string, string] => {
  const text = story.text.replace(/^dek:/m, '  dek:');
  try {
    // The frontmatter from the end of the first "---", as Astro parses it: its lines are the file's.
    yaml.load(`\n${splitStory(text)!.frontmatter}`);
  } catch (error) {
    const { mark, reason } = error as { reason: string; mark: { line: number; column: number } };
    return [text, `${story.file}:${mark.line + 1}:${mark.column + 1}: not valid YAML: ${reason}`];
  }
  throw new Error(`test setup: ${story.file} with an indented dek: still parses`);
})();

/** The checkout's drafts (a maintainer's work in progress), which every copy of it holds too. */
const checkoutDrafts = readStories().filter((file) => file.data.draft).map((file) => file.file);
/** The build log's line for these drafts, as src/lib/data/story-loader.ts words it. */
const draftLine = (files: string[]) => `${files.length} draft${files.length === 1 ? '' : 's'} not published (draft: true): ${files.sort().join(', ')}`;


const cases: SyncCase[] = [
  {
    name: 'an impossible date, an open tag, a mistyped figure id and an uncited source, all reported at once',
    setup: (copy) => {
      copy.edit(story.file, (text) => `${withFrontmatter(text, 'published', '2026-13-45')
        .replace(`<Figure id="${open}" />`, `<Figure id="${open}">`)
        .replaceAll(`<SourceMark id="${uncited}" />`, '')}\n<Figure id="${typo}" />\n`);
    },
    code: 'fails',
    expected: [
      `${story.file}:`,
      '[dates] published: "2026-13-45" is not a date',
      `[components] line ${story.text.split('\n').findIndex((line) => line.includes(`<Figure id="${open}" />`)) + 1}: <Figure id="${open}"> is not closed: close the tag with />`,
      `[figure] <Figure id="${typo}"> names no figure in content/data/figures.yaml (did you mean "${typo.slice(0, -1)}"?)`,
      `[sources] "sources" lists "${uncited}" but the text never cites it`,
    ],
  },
  {
    name: 'two files whose names differ only in case',
    setup: (copy) => copy.write(capitalised, story.text),
    code: 'fails',
    expected: [`${capitalised} and ${story.file} both have the slug "${story.name}"`],
  },
  {
    name: 'a frontmatter slug equal to another file\'s name',
    setup: (copy) => copy.write('content/stories/zz-copy.mdx', withFrontmatter(story.text, 'slug', story.name)),
    code: 'fails',
    expected: [`${[story.file, 'content/stories/zz-copy.mdx'].sort().join(' and ')} both have the slug "${story.name}"`],
  },
  {
    name: 'a story without a title and with a number for its byline: each field once, with what was found',
    setup: (copy) => copy.edit(story.file, (text) => withFrontmatter(text, 'byline', '7').replace(/^title:.*\n/m, '')),
    code: 'fails',
    expected: [
      `${story.file}: the frontmatter does not match the story schema:\n`,
      '\n  byline: got 7; expected the byline, a line of text such as "嘉兴集群观察数据组"',
    ],
    once: ['\n  title: missing; expected the headline, a line of text\n'],
  },
  {
    name: 'a frontmatter that is not YAML, reported once with file, line and column',
    setup: (copy) => copy.write(story.file, brokenYaml),
    code: 'fails',
    expected: [],
    once: [yamlMistake, 'not valid YAML'],
  },
  {
    name: 'a title that says 推断 in words, answered with the mark',
    setup: (copy) => copy.edit(story.file, (text) => withFrontmatter(text, 'title', JSON.stringify(`${title}（年份推断）`))),
    code: 'fails',
    expected: [
      `${story.file}:`,
      '[inferred] the title, dek or key points say 推断 in words; mark an inferred date with * straight after it',
    ],
  },
  {
    name: 'a draft is announced, and the build goes on',
    setup: (copy) => copy.write('content/stories/draft-story.mdx', withFrontmatter(story.text, 'draft', 'true')),
    code: 'passes',
    // With the checkout's own drafts, if a maintainer has one (the message lists every draft, sorted).
    expected: [draftLine([...checkoutDrafts, 'content/stories/draft-story.mdx'])],
  },
];

describe('astro sync checks the stories', () => {
  test.concurrent.each(cases)('$name', async (mistake) => {
    const output = await checkSync(story, mistake, copies);
    // The passing case is also the control of data-validation.test.ts: the data, untouched but for
    // the fixture's figure allowed in it, syncs cleanly, and so does the fixture story.
    expect(output, 'the schema is not the editor\'s file, and a field is named once').not.toMatch(/src\/lib\/data\/|^\s*([\w.]+): \1: /m);
  });
});
