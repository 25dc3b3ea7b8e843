/**
 * The mistakes an editor makes with a story must stop `astro sync` (and so the build) with a
 * message naming the file, the rule and what to do; a draft must be announced, not silently
 * skipped. Each case breaks a throw-away copy of the project and runs the real command.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { astro, copyProject, type ProjectCopy } from '../helpers/project-copy';

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

const STORY = 'content/stories/compute.mdx';

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
      copy.edit(STORY, (text) => text
        .replace('published: 2026-11-18', 'published: 2026-13-45')
        .replace('<Figure id="map-cluster-ai" />', '<Figure id="map-cluster-ai">')
        .replace('<Figure id="map-compute-facilities" />', '<Figure id="map-compute-facilitys" />')
        .replace(/<SourceMark id="pinghu-2026-ai-projects" \/>/g, ''));
    },
    code: 'fails',
    expected: [
      'content/stories/compute.mdx:',
      '[dates] published: "2026-13-45" is not a date',
      '[components] <Figure id="map-cluster-ai"> is not closed: close the tag with />',
      '[figure] <Figure id="map-compute-facilitys"> names no figure in content/data/figures.yaml (did you mean "map-compute-facilities"?)',
      '[sources] "sources" lists "pinghu-2026-ai-projects" but the text never cites it',
    ],
  },
  {
    name: 'two files whose names differ only in case',
    setup: (copy) => copy.write('content/stories/Compute.mdx', copy.read(STORY)),
    code: 'fails',
    expected: ['content/stories/Compute.mdx and content/stories/compute.mdx both have the slug "compute"'],
  },
  {
    name: 'a frontmatter slug equal to another file\'s name',
    setup: (copy) => copy.write('content/stories/compute-2.mdx', copy.read(STORY).replace('---\n', '---\nslug: pinghu-ai\n')),
    code: 'fails',
    expected: ['content/stories/compute-2.mdx and content/stories/pinghu-ai.mdx both have the slug "pinghu-ai"'],
  },
  {
    name: 'a story naming an unknown place, answered with the known ones',
    setup: (copy) => copy.edit(STORY, (text) => text.replace('tags: [', 'places: ["330499"]\ntags: [')),
    code: 'fails',
    expected: [
      'content/stories/compute.mdx: the frontmatter does not match the story schema',
      'places.0: unknown place "330499"; expected a county adcode or zone id: 330402 (南湖区)',
    ],
  },
  {
    name: 'a draft is announced, and the build goes on',
    setup: (copy) => copy.write('content/stories/draft-story.mdx', copy.read(STORY).replace('---\n', '---\ndraft: true\n')),
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
