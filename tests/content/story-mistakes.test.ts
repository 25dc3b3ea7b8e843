/**
 * The mistakes an editor makes with a story must stop `astro sync` (and so the build) with a
 * message naming the file, the rule and what to do; a draft must be announced, not silently
 * skipped. Each case breaks a throw-away copy of the project and runs the real command, on a story
 * chosen by what it has (tests/helpers/stories.ts), so the cases hold whatever stories exist.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { modelStory, readStory, withFrontmatter } from '../helpers/stories';
import { astro, copyProject, type ProjectCopy } from '../helpers/project-copy';

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

const story = modelStory();
const [open, ...otherFigures] = story.figures;
const uncited = story.sources[0];
if (!open || !uncited) throw new Error(`test setup: ${story.file} needs a <Figure> and a source`);
/** A figure id one letter off a real one: the message should suggest the real one. */
const typo = `${otherFigures[0] ?? open}s`;
const capitalised = `content/stories/${story.name[0]!.toUpperCase()}${story.name.slice(1)}.mdx`;
const title = String(readStory(`${story.name}.mdx`).frontmatter.title);

interface Case {
  name: string;
  setup: (copy: ProjectCopy) => void;
  code: 'fails' | 'passes';
  expected: string[];
}

const cases: Case[] = [
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
      `[components] <Figure id="${open}"> is not closed: close the tag with />`,
      `[figure] <Figure id="${typo}"> names no figure in content/data/figures.yaml (did you mean "${typo.slice(0, -1)}"?)`,
      `[sources] "sources" lists "${uncited}" but the text never cites it`,
    ],
  },
  {
    name: 'two files whose names differ only in case',
    setup: (copy) => copy.write(capitalised, story.text),
    code: 'fails',
    expected: [`${capitalised} and ${story.file} both have the slug "${story.slug}"`],
  },
  {
    name: 'a frontmatter slug equal to another file\'s name',
    setup: (copy) => copy.write('content/stories/zz-copy.mdx', withFrontmatter(story.text, 'slug', story.otherSlug)),
    code: 'fails',
    expected: [`${[story.otherFile, 'content/stories/zz-copy.mdx'].sort().join(' and ')} both have the slug "${story.otherSlug}"`],
  },
  {
    name: 'a story naming an unknown place, answered with the known ones',
    setup: (copy) => copy.edit(story.file, (text) => withFrontmatter(text, 'places', '["330499"]')),
    code: 'fails',
    expected: [
      `${story.file}: the frontmatter does not match the story schema`,
      'places.0: unknown place "330499"; expected a county adcode or zone id:',
    ],
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
    expected: ['1 draft not published (draft: true): content/stories/draft-story.mdx'],
  },
];

describe('astro sync checks the stories', () => {
  test.concurrent.each(cases)('$name', async ({ setup, code, expected }) => {
    const copy = copyProject();
    copies.push(copy);
    setup(copy);
    const result = await astro(copy.dir, 'sync');
    if (code === 'fails') expect(result.code, result.output).not.toBe(0);
    else expect(result.code, result.output).toBe(0);
    for (const text of expected) expect(result.output).toContain(text);
    // The passing case is also the control of data-validation.test.ts: untouched data syncs cleanly.
    if (code === 'passes') expect(result.output).not.toMatch(/DataFileError|StoryError|does not match/);
    expect(result.output, 'the message alone, without Location/Stack trace lines').not.toMatch(/Location:|Stack trace:/);
  });
});
