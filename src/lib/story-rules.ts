/**
 * The editorial rules every published story meets, checked by the build (src/lib/data/story-loader.ts)
 * and listed in the README. Each problem names its rule, so an editor can look it up.
 * Pure functions over a story's source text: no Astro, no file system.
 */
import { storyRefs } from './story-refs';
import { claimProblems, type ClaimRule } from './claims';
import { unknownTerms } from './glossary';
import { MARK } from './inferred';

/** The self-closing story components that MDX accepts without an import (src/components/story/mdx-components.ts). */
export const STORY_COMPONENTS = ['Figure', 'SourceMark', 'ClusterRoster', 'Inferred'] as const;

/**
 * How often a story may say that something is inferred, in its own text: <Inferred /> marks, the
 * word 推断, and marks in its dek and key points. The page's one explanation of the mark makes five.
 */
export const MAX_INFERRED = 4;

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

/** What the reader-first rules check a story against: the glossary, the claims, and the pages a link may name. */
export interface ReaderContext {
  /** Glossary texts (terms and aliases) → entry id. */
  terms: ReadonlyMap<string, string>;
  claims: Iterable<[id: string, claim: ClaimRule]>;
  /** Published story slugs. */
  stories: ReadonlySet<string>;
  /** Place page slugs. */
  places: ReadonlySet<string>;
}

/** The frontmatter text a reader sees before the story: title, dek and key points. */
interface ReaderFrontmatter {
  title?: unknown;
  dek?: unknown;
  keyPoints?: unknown;
}

const texts = (data: ReaderFrontmatter): string[] =>
  [data.title, data.dek, ...(Array.isArray(data.keyPoints) ? data.keyPoints : [])].filter((t): t is string => typeof t === 'string');

/**
 * The rules that keep a story readable for someone who knows none of the documents: marked terms
 * are in the glossary, claims are quoted and attributed, inference is marked one way and seldom,
 * figures are named by what they are (phones stack them: no 左图/右图), and links to other stories
 * and places name pages that exist.
 */
export function readerProblems(story: { body: string; data: ReaderFrontmatter }, context: ReaderContext): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const add = (rule: string, message: string) => problems.push({ rule, message });
  const text = prose(story.body);

  for (const message of unknownTerms(story.body, context.terms)) add('terms', message);
  const front = texts(story.data).map((line) => `# ${line}`).join('\n\n');
  for (const message of claimProblems(`${front}\n\n${story.body}`, context.claims)) add('claims', message);

  const inferred = (story.body.match(/<Inferred\b/g) ?? []).length + (text.match(/推断/g) ?? []).length
    + texts(story.data).join('').split(MARK).length - 1;
  if (inferred > MAX_INFERRED) {
    add('inferred', `the story says "inferred" ${inferred} times (<Inferred />, 推断, and * in the title, dek and key points); at most ${MAX_INFERRED}: give an inferred date once, marked, then refer back to it ("上半年", "同一时期")`);
  }
  if (texts(story.data).some((line) => line.includes('推断'))) {
    add('inferred', 'the title, dek or key points say 推断 in words; mark an inferred date with * straight after it, e.g. "2025年*"');
  }

  for (const match of text.matchAll(/[左右](?:图|侧|边|幅)/g)) {
    add('phones', `"${match[0]}": on a phone figures stack, so there is no left or right; name the figure or write 上图/下图`);
  }

  for (const match of story.body.matchAll(/\]\(([^)\s]+)\)/g)) {
    const href = match[1]!;
    const storyLink = /^\.\.\/([a-z0-9-]+)\/(?:#[\w-]+)?$/.exec(href);
    const placeLink = /^\.\.\/\.\.\/places\/([a-z0-9-]+)\/$/.exec(href);
    if (storyLink) {
      if (!context.stories.has(storyLink[1]!)) add('links', `[…](${href}) names no published story; expected one of: ${[...context.stories].join(', ')}`);
    } else if (placeLink) {
      if (!context.places.has(placeLink[1]!)) add('links', `[…](${href}) names no place page; expected one of: ${[...context.places].join(', ')}`);
    } else if (!/^(?:https?:|#|\.\.\/\.\.\/(?:glossary|about|corrections|figures)\/)/.test(href)) {
      add('links', `[…](${href}): link another story as ../<slug>/, a place as ../../places/<slug>/, or a full https:// address`);
    }
  }
  return problems;
}

/** One error text for all problems of all stories: each file, then its problems with their rules. */
export function formatStoryProblems(byFile: [file: string, problems: StoryProblem[]][]): string {
  const failing = byFile.filter(([, problems]) => problems.length > 0);
  const lines = failing.map(([file, problems]) => `${file}:\n${problems.map((p) => `  - [${p.rule}] ${p.message}`).join('\n')}`);
  return `${failing.length === 1 ? 'A story breaks' : `${failing.length} stories break`} the editorial rules (README, "How to add a story"):\n${lines.join('\n')}`;
}
