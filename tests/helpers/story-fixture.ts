/**
 * A minimal story written by a test, not copied from a real one: it meets the editorial rules the
 * build enforces (a title, dek, key points, summary and tag; enough text under three subheadings;
 * its lead figure first, after one paragraph; its one source cited), so that a test can break one
 * thing in it and see that one thing reported, whatever today's stories say.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { expect } from 'vitest';
import { astro, copyProject, ROOT, type DataRecord, type ProjectCopy } from './project-copy';

export interface StoryFixture {
  /** File name without .mdx, and so the slug: starts with a lower-case letter. */
  name: string;
  /** "content/stories/<name>.mdx". */
  file: string;
  /** The figure it places (its lead figure), a figure of content/data/figures.yaml. */
  figure: string;
  /** The source it lists and cites, from content/data/sources.yaml. */
  source: string;
  /** The whole file. */
  text: string;
}

const FILLER = '这是一篇为测试而写的报道，正文只是填充文字，用来检查构建对稿件错误的提示。'.repeat(8);

/** The figures of content/data/figures.yaml (not the place figures made from data), as written. */
export const figureRecords = (): DataRecord[] => yaml.load(readFileSync(join(ROOT, 'content/data/figures.yaml'), 'utf8')) as DataRecord[];

/**
 * The fixture story `name`, placing `figure` (by default the first of content/data/figures.yaml)
 * and citing the first source.
 */
export function storyFixture(name = 'fixture-story', figure: string | undefined = figureRecords()[0]?.id): StoryFixture {
  const records = (file: string) => yaml.load(readFileSync(join(ROOT, 'content/data', file), 'utf8')) as DataRecord[];
  const source = records('sources.yaml')[0]?.id as string | undefined;
  if (!figure || !source) throw new Error('test setup: the story fixture needs a figure in figures.yaml and a source in sources.yaml');
  const text = [
    '---', 'title: 测试用的稿件：为检查构建的提示而写', 'dek: 仅供测试的导语，一句话。', 'keyPoints:', '  - 第一条测试要点。', '  - 第二条测试要点。',
    'published: 2026-01-02', 'byline: 测试', 'summary: 仅供测试的摘要，一句话。', `sources: [${source}]`, `leadFigure: ${figure}`, 'tags: [测试]', '---', '',
    `${FILLER}<SourceMark id="${source}" />`, '', `<Figure id="${figure}" />`, '',
    '## 第一节', '', FILLER, '', '## 第二节', '', FILLER, '', '## 第三节', '', FILLER, '',
  ].join('\n');
  return { name, file: `content/stories/${name}.mdx`, figure, source, text };
}

/**
 * Writes the fixture into a project copy, with its figure allowed to show in it (figures.yaml
 * `stories:`) when the figure was made for another story.
 */
export function addStoryFixture(copy: ProjectCopy, story: StoryFixture): void {
  copy.write(story.file, story.text);
  const slugs = [story.name];
  copy.editRecords('content/data/figures.yaml', (figures) => {
    const figure = figures.find((record) => record.id === story.figure)!;
    figure.stories = [...(figure.stories ?? []), ...slugs];
  });
}

/** Filler for an English fixture: words enough for the English length rule over three sections. */
const EN_FILLER = 'This is a story written for a test: its text only fills the page so that the build can be checked. '.repeat(12);

/**
 * A published English story for the Chinese fixture `name` (same slug), placing `figure` first and
 * citing `source`: valid as written under the English rules (src/lib/english-rules.ts), so that a
 * test can break one thing in it.
 */
export function englishStoryFixture(story: StoryFixture): { file: string; text: string } {
  const text = [
    '---', 'title: A story written for a test of the build', 'dek: A standfirst for the test, one sentence.', 'keyPoints:', '  - The first key point of the test.', '  - The second key point of the test.',
    'published: 2026-01-02', 'byline: Test', 'summary: A summary for the test, one sentence.', `sources: [${story.source}]`, `leadFigure: ${story.figure}`, 'tags: [test]', '---', '',
    `Pinghu (<Zh>平湖</Zh>) opens the test. <SourceMark id="${story.source}" />`, '', `<Figure id="${story.figure}" />`, '',
    '## One', '', EN_FILLER, '', '## Two', '', EN_FILLER, '', '## Three', '', EN_FILLER, '',
  ].join('\n');
  return { file: `content/stories/en/${story.name}.mdx`, text };
}

/** A mistake made in a project copy holding the fixture, and what `astro sync` must say of it. */
export interface SyncCase {
  name: string;
  setup: (copy: ProjectCopy) => void;
  code: 'fails' | 'passes';
  /** What the output must contain. */
  expected: string[];
  /** What the output must contain exactly once. */
  once?: string[];
}

/**
 * Runs one case in its own copy of the project (kept in `copies` for the caller to remove): the
 * fixture added, the case's setup made, `astro sync` run; it must fail or pass as the case says,
 * with each expected text in its output, the passing case with no error at all, and the message
 * alone (no Location/Stack trace lines). Returns the output for further checks.
 */
export async function checkSync(story: StoryFixture, { setup, code, expected, once }: SyncCase, copies: ProjectCopy[]): Promise<string> {
  const copy = copyProject();
  copies.push(copy);
  addStoryFixture(copy, story);
  setup(copy);
  const { code: exit, output } = await astro(copy.dir, 'sync');
  if (code === 'fails') expect(exit, output).not.toBe(0);
  else expect(exit, output).toBe(0);
  for (const text of expected) expect(output).toContain(text);
  for (const text of once ?? []) expect(output.split(text).length - 1, `once: ${text}\n${output}`).toBe(1);
  if (code === 'passes') expect(output).not.toMatch(/DataFileError|StoryError|does not match|both have the slug/);
  expect(output, 'the message alone, without Location/Stack trace lines').not.toMatch(/Location:|Stack trace:/);
  return output;
}
