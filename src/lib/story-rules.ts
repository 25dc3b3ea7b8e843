/**
 * The editorial rules every published story meets, checked by the build (src/lib/data/story-loader.ts)
 * and listed in the README. Each problem names its rule, so an editor can look it up.
 * Pure functions over a story's source text: no Astro, no file system.
 */
import { storyRefs } from './story-refs';

/** The story components that MDX accepts without an import (src/components/story/mdx-components.ts). */
export const STORY_COMPONENTS = ['Figure', 'SourceMark', 'ClusterRoster'] as const;

/** The minimum length of a story's text, in Han characters (components and comments not counted). */
export const MIN_HAN = 1000;
/** The minimum number of `## ` subheadings. */
export const MIN_SUBHEADINGS = 3;

/** One broken rule: its short name (as in the README) and what to do. */
export interface StoryProblem {
  rule: string;
  message: string;
}

/** A story's source: the raw frontmatter text (between the --- lines), the parsed fields, the body. */
export interface StorySource {
  frontmatter: string;
  data: { sources?: string[]; leadFigure?: string; tags?: string[] };
  body: string;
}

/** Splits an MDX file into its frontmatter text and body; null when there is no frontmatter. */
export function splitStory(text: string): { frontmatter: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontmatter: match[1] ?? '', body: match[2] ?? '' } : null;
}

/** Body text a reader reads: without MDX comments, story components and import lines. */
export function prose(body: string): string {
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, '')
    .replace(/^import\s.*$/gm, '');
}

/** How many Han characters a text has. */
export const hanCount = (text: string): number => (text.match(/\p{Script=Han}/gu) ?? []).length;

/**
 * Whether YYYY-MM-DD is a day of the calendar (2026-13-45 is not: YAML would roll it over to
 * 2027-02-14 without a word).
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Date fields whose written value must be a real YYYY-MM-DD day (checked on drafts too). */
export function dateProblems(frontmatter: string): StoryProblem[] {
  const problems: StoryProblem[] = [];
  for (const field of ['published', 'updated']) {
    const match = new RegExp(`^${field}:[ \\t]*["']?([^"'#\\s]*)`, 'm').exec(frontmatter);
    if (!match) continue;
    const value = match[1] ?? '';
    if (!isCalendarDate(value)) {
      problems.push({ rule: 'dates', message: `${field}: "${value}" is not a date; write a real day as YYYY-MM-DD, e.g. 2026-11-23` });
    }
  }
  return problems;
}

/** Story components written as an open tag (<Figure id="x">) instead of a self-closing one. */
function unclosedTags(body: string): StoryProblem[] {
  const names = STORY_COMPONENTS.join('|');
  return [...body.matchAll(new RegExp(`<(${names})\\b[^>]*?(?<!/)>`, 'g'))].map((match) => ({
    rule: 'components',
    message: `${match[0]} is not closed: close the tag with />, as in ${match[0].slice(0, -1).trimEnd()} />`,
  }));
}

/**
 * The editorial rules a published story must meet (drafts are checked only for dates).
 * Returns every problem found; an empty list means the story may be published.
 */
export function storyProblems(story: StorySource, options: { draft: boolean }): StoryProblem[] {
  const problems = [...dateProblems(story.frontmatter), ...unclosedTags(story.body)];
  if (options.draft) return problems;
  const { body, data } = story;
  const add = (rule: string, message: string) => problems.push({ rule, message });

  const han = hanCount(prose(body));
  if (han < MIN_HAN) add('length', `the text has ${han} Han characters; a story needs at least ${MIN_HAN} (figures and comments do not count)`);

  const headings = [...body.matchAll(/^##[ \t]+(.+)$/gm)].map((match) => (match[1] ?? '').trim());
  if (headings.length < MIN_SUBHEADINGS) add('subheadings', `found ${headings.length} "## " subheadings; organise the text under at least ${MIN_SUBHEADINGS}`);
  if (/^#[ \t]/m.test(body)) add('subheadings', 'a "# " heading in the text: the title is the only top heading; use "## " for sections');
  if (headings.includes('来源')) add('sources', 'a "## 来源" section in the text: the page lists the frontmatter "sources" itself; delete the section');

  const refs = storyRefs(body);
  if (refs.figures.length === 0) add('figure', 'no <Figure id="…" />: place at least one map or chart from content/data/figures.yaml');
  if (data.leadFigure && !refs.figures.includes(data.leadFigure)) {
    add('figure', `leadFigure "${data.leadFigure}" is not placed in the text; add <Figure id="${data.leadFigure}" /> or choose one of: ${refs.figures.join(', ') || 'none placed'}`);
  }
  if (refs.sourceMarks.length === 0) add('sources', 'no <SourceMark id="…" />: cite each fact\'s source after its sentence');
  const uncited = (data.sources ?? []).filter((id) => !refs.sourceMarks.includes(id));
  if (uncited.length > 0) add('sources', `"sources" lists ${uncited.map((id) => `"${id}"`).join(', ')} but the text never cites it with <SourceMark />; cite it or remove it from the list`);
  if ((data.tags ?? []).length === 0) add('tags', 'no tags: add at least one, e.g. tags: [算力]');

  if (/^\s*\|.*\|\s*$/m.test(body) || /<table\b/i.test(body)) {
    add('no data in the text', 'a table in the text: numbers belong in content/data/*.yaml and reach the page through a figure');
  }
  if (/^import\s/m.test(body)) add('no data in the text', `an import line: ${STORY_COMPONENTS.join(', ')} need no import, and data comes from content/data/`);
  return problems;
}

/** One error text for all problems of all stories: each file, then its problems with their rules. */
export function formatStoryProblems(byFile: [file: string, problems: StoryProblem[]][]): string {
  const failing = byFile.filter(([, problems]) => problems.length > 0);
  const lines = failing.map(([file, problems]) => `${file}:\n${problems.map((p) => `  - [${p.rule}] ${p.message}`).join('\n')}`);
  return `${failing.length === 1 ? 'A story breaks' : `${failing.length} stories break`} the editorial rules (README, "How to add a story"):\n${lines.join('\n')}`;
}
